import type { CollaborationFormat } from '@videnbro/domain';

/** A Danish and an English wording of the same thing. */
export type Pair = readonly [da: string, en: string];

/** A field of work: the words its postings are written with, its DB07 divisions and its cluster. */
export interface Domain {
  id: string;
  label: Pair;
  /** DB07 (NACE) divisions of companies in the field. */
  divisions: readonly string[];
  /** Topics, lower case, to be used mid-sentence. */
  topics: readonly Pair[];
  tags: readonly string[];
  formats: readonly CollaborationFormat[];
  /** What a company in the field does, after "Vi" / "We". */
  activities: readonly Pair[];
  /** Methods and facilities an institution in the field offers, mid-sentence. */
  methods: readonly Pair[];
  /** For fictional company names: a stem and an ending, e.g. "Nordvind" + "Teknik". */
  stems: readonly string[];
  endings: readonly string[];
}

export const DOMAINS: readonly Domain[] = [
  {
    id: 'energy',
    label: ['energi', 'energy'],
    divisions: ['35', '27', '28', '71'],
    topics: [
      ['vindmøllevinger', 'wind turbine blades'],
      ['varmepumper til industrien', 'industrial heat pumps'],
      ['batterilagring', 'battery storage'],
      ['power-to-x og brint', 'power-to-X and hydrogen'],
      ['smart grid og fleksibelt elforbrug', 'smart grids and flexible demand'],
      ['overskudsvarme', 'surplus heat recovery'],
      ['solcelleanlæg på erhvervstage', 'rooftop solar for businesses'],
    ],
    tags: ['energi', 'vind', 'brint', 'varmepumper', 'energy efficiency', 'grid', 'solar', 'storage'],
    formats: ['contract_research', 'test_demonstration', 'joint_rd_application', 'innovation_voucher'],
    activities: [
      [
        'udvikler styringer til varmepumper og fjernvarme',
        'develop controls for heat pumps and district heating',
      ],
      ['servicerer vindmøller på land og til havs', 'service onshore and offshore wind turbines'],
      [
        'installerer solceller og batterier hos erhvervskunder',
        'install solar panels and batteries for business customers',
      ],
      ['bygger elektrolyseanlæg i containerformat', 'build containerised electrolysers'],
    ],
    methods: [
      ['måling af energiforbrug og termografi', 'energy metering and thermography'],
      ['simulering af energisystemer', 'energy system simulation'],
      ['test af batterier under last', 'battery testing under load'],
      ['levetidsanalyse af komponenter', 'component lifetime analysis'],
    ],
    stems: ['Nordvind', 'Solkraft', 'Varmeværk', 'Volt', 'Gridline', 'Energi', 'Brintgården', 'Kyststrøm'],
    endings: ['Teknik', 'Energy', 'Systems', 'Solutions', 'Power', 'Service'],
  },
  {
    id: 'water',
    label: ['vand, miljø og cirkulær økonomi', 'water, environment and circular economy'],
    divisions: ['36', '37', '38', '39', '71'],
    topics: [
      ['rensning af spildevand', 'wastewater treatment'],
      ['genanvendelse af plast', 'plastics recycling'],
      ['sensorer til vandkvalitet', 'water quality sensors'],
      ['klimatilpasning og regnvand', 'climate adaptation and stormwater'],
      ['PFAS i jord og grundvand', 'PFAS in soil and groundwater'],
      ['cirkulære forretningsmodeller', 'circular business models'],
    ],
    tags: ['vand', 'miljø', 'cirkulær økonomi', 'recycling', 'wastewater', 'climate adaptation', 'pfas'],
    formats: ['contract_research', 'test_demonstration', 'student_project', 'eu_project'],
    activities: [
      ['leverer pumper og filtre til vandværker', 'supply pumps and filters to waterworks'],
      ['indsamler og sorterer erhvervsaffald', 'collect and sort commercial waste'],
      ['rådgiver kommuner om regnvand og kloak', 'advise municipalities on stormwater and sewers'],
      ['udvikler sensorer til overvågning af vandløb', 'develop sensors for monitoring streams'],
    ],
    methods: [
      ['laboratorieanalyser af vand og jord', 'laboratory analysis of water and soil'],
      ['hydrauliske modeller', 'hydraulic models'],
      ['livscyklusvurdering af materialestrømme', 'life-cycle assessment of material flows'],
      ['pilotanlæg til rensning', 'pilot plants for treatment'],
    ],
    stems: ['Aqua', 'Blåvand', 'Kredsløb', 'Renvand', 'Genbrug', 'Hydro', 'Grønjord', 'Cirkla'],
    endings: ['Tech', 'Miljø', 'Solutions', 'Rens', 'Consult', 'Systems'],
  },
  {
    id: 'maritime',
    label: ['maritim og logistik', 'maritime and logistics'],
    divisions: ['30', '50', '52', '33'],
    topics: [
      ['grønne brændstoffer til skibe', 'green shipping fuels'],
      ['autonome fartøjer', 'autonomous vessels'],
      ['havneautomatisering', 'port automation'],
      ['optimering af ruter og last', 'route and cargo optimisation'],
      ['lagerstyring og intern logistik', 'warehouse and intralogistics'],
      ['sporing af forsendelser', 'shipment tracking'],
    ],
    tags: ['maritim', 'logistik', 'shipping', 'havn', 'supply chain', 'green fuels'],
    formats: ['contract_research', 'student_project', 'joint_rd_application', 'consultancy'],
    activities: [
      ['bygger og reparerer arbejdsbåde', 'build and repair workboats'],
      ['driver et rederi med feederskibe', 'run a feeder shipping line'],
      ['planlægger transport for danske eksportvirksomheder', 'plan transport for Danish exporters'],
      ['udvikler software til havne og terminaler', 'develop software for ports and terminals'],
    ],
    methods: [
      ['modelforsøg i bølgetank', 'model tests in a wave tank'],
      ['optimering og operationsanalyse', 'optimisation and operations research'],
      ['emissionsmålinger om bord', 'on-board emission measurements'],
      ['simulering af havneoperationer', 'simulation of port operations'],
    ],
    stems: ['Havblik', 'Kattegat', 'Skibsværft', 'Fjordlog', 'Anker', 'Bølge', 'Lastline', 'Havnely'],
    endings: ['Marine', 'Logistics', 'Shipping', 'Maritime', 'Transport', 'Teknik'],
  },
  {
    id: 'construction',
    label: ['byggeri', 'construction'],
    divisions: ['41', '42', '43', '71'],
    topics: [
      ['biogene byggematerialer', 'bio-based building materials'],
      ['livscyklusvurdering af byggeri', 'life-cycle assessment of buildings'],
      ['genbrug af beton og mursten', 'reuse of concrete and bricks'],
      ['digital tvilling af bygninger', 'digital twins of buildings'],
      ['indeklima og ventilation', 'indoor climate and ventilation'],
      ['industrialiseret byggeri', 'industrialised construction'],
    ],
    tags: ['byggeri', 'bæredygtighed', 'lca', 'beton', 'indeklima', 'construction', 'bim'],
    formats: ['test_demonstration', 'consultancy', 'student_project', 'continuing_education'],
    activities: [
      ['renoverer etageboliger og skoler', 'renovate apartment blocks and schools'],
      ['producerer præfabrikerede vægelementer', 'produce prefabricated wall elements'],
      ['rådgiver bygherrer om bæredygtighed', 'advise building owners on sustainability'],
      ['udfører tømrer- og snedkerarbejde', 'do carpentry and joinery'],
    ],
    methods: [
      ['brand- og fugtprøvning af materialer', 'fire and moisture testing of materials'],
      ['LCA-beregninger efter bygningsreglementet', 'LCA calculations under the building regulations'],
      ['målinger af indeklima', 'indoor climate measurements'],
      ['BIM og digitale tvillinger', 'BIM and digital twins'],
    ],
    stems: ['Murerfirma', 'Tømrer', 'Bygholm', 'Stenhus', 'Træbyg', 'Fundament', 'Tagværk', 'Facade'],
    endings: ['Byg', 'Entreprise', 'Construction', 'Huse', 'Rådgivning', 'Partner'],
  },
  {
    id: 'digital',
    label: ['digitale teknologier', 'digital technologies'],
    divisions: ['62', '63', '58'],
    topics: [
      ['maskinlæring på produktionsdata', 'machine learning on production data'],
      ['cybersikkerhed for små virksomheder', 'cybersecurity for small companies'],
      ['sprogmodeller til kundeservice', 'language models for customer service'],
      ['IoT-platforme', 'IoT platforms'],
      ['datadeling og GDPR', 'data sharing and GDPR'],
      ['brugervenlige webapplikationer', 'usable web applications'],
      ['kvanteteknologi', 'quantum technology'],
    ],
    tags: ['ai', 'software', 'cybersikkerhed', 'data', 'iot', 'machine learning', 'cloud'],
    formats: ['student_project', 'contract_research', 'internship', 'innovation_voucher'],
    activities: [
      ['udvikler SaaS til små virksomheder', 'develop SaaS for small companies'],
      ['laver apps og webshops for kunder', 'build apps and web shops for clients'],
      ['drifter servere og netværk for erhvervskunder', 'run servers and networks for business customers'],
      ['analyserer data for detailhandlen', 'analyse data for retailers'],
    ],
    methods: [
      ['maskinlæring og sprogteknologi', 'machine learning and language technology'],
      ['sikkerhedstest og trusselsmodellering', 'security testing and threat modelling'],
      ['brugertest og interaktionsdesign', 'user testing and interaction design'],
      ['dataarkitektur og skyløsninger', 'data architecture and cloud solutions'],
    ],
    stems: ['Datalab', 'Kodeværk', 'Bitfabrik', 'Skyline', 'Netgården', 'Algoritme', 'Pixel', 'Logik'],
    endings: ['Software', 'Digital', 'Data', 'Labs', 'IT', 'Analytics'],
  },
  {
    id: 'life',
    label: ['life science og sundhed', 'life science and health'],
    divisions: ['21', '32', '72'],
    topics: [
      ['medicinsk udstyr', 'medical devices'],
      ['enzymer og proteiner', 'enzymes and proteins'],
      ['kliniske forsøg', 'clinical trials'],
      ['velfærdsteknologi', 'welfare technology'],
      ['diagnostik', 'diagnostics'],
      ['regulatorisk dokumentation (MDR)', 'regulatory documentation (MDR)'],
    ],
    tags: ['life science', 'medtech', 'biotek', 'sundhed', 'mdr', 'diagnostics', 'health'],
    formats: ['contract_research', 'joint_rd_application', 'eu_project', 'test_demonstration'],
    activities: [
      ['udvikler medicinsk udstyr til hospitaler', 'develop medical devices for hospitals'],
      ['producerer enzymer til industrien', 'produce enzymes for industry'],
      ['laver hjælpemidler til ældreplejen', 'make assistive devices for elderly care'],
      ['udvikler hurtigtest til klinikker', 'develop rapid tests for clinics'],
    ],
    methods: [
      ['cellekulturer og proteinanalyse', 'cell cultures and protein analysis'],
      ['klinisk afprøvning', 'clinical evaluation'],
      ['brugerinddragelse i sundhedsvæsenet', 'user involvement in healthcare'],
      ['biostatistik og sundhedsdata', 'biostatistics and health data'],
    ],
    stems: ['Biomed', 'Helix', 'Sundhed', 'Cellular', 'Medico', 'Pharma', 'Vital', 'Enzym'],
    endings: ['Bio', 'Medical', 'Diagnostics', 'Health', 'Pharma', 'Care'],
  },
  {
    id: 'food',
    label: ['fødevarer og bioressourcer', 'food and bio-resources'],
    divisions: ['10', '11', '01'],
    topics: [
      ['plantebaserede proteiner', 'plant-based proteins'],
      ['holdbarhed og emballage', 'shelf life and packaging'],
      ['fermentering', 'fermentation'],
      ['reduktion af madspild', 'food waste reduction'],
      ['præcisionslandbrug', 'precision farming'],
      ['fødevaresikkerhed', 'food safety'],
    ],
    tags: ['fødevarer', 'protein', 'fermentering', 'emballage', 'food', 'agriculture', 'food safety'],
    formats: ['test_demonstration', 'contract_research', 'student_project', 'innovation_voucher'],
    activities: [
      ['producerer oste og mejeriprodukter', 'produce cheese and dairy products'],
      ['bager brød til supermarkeder', 'bake bread for supermarkets'],
      ['dyrker grøntsager i drivhuse', 'grow vegetables in greenhouses'],
      ['brygger øl og sodavand', 'brew beer and soft drinks'],
    ],
    methods: [
      ['sensorisk analyse og smagspaneler', 'sensory analysis and tasting panels'],
      ['mikrobiologiske analyser', 'microbiological analysis'],
      ['pilotanlæg til fermentering', 'pilot plants for fermentation'],
      ['holdbarhedsforsøg', 'shelf-life trials'],
    ],
    stems: ['Mejeri', 'Bageri', 'Grønt', 'Høst', 'Kornkammer', 'Smagløs', 'Havre', 'Markfrisk'],
    endings: ['Foods', 'Fødevarer', 'Mejeri', 'Produktion', 'Bryggeri', 'Køkken'],
  },
  {
    id: 'production',
    label: ['produktion', 'manufacturing'],
    divisions: ['25', '28', '22', '33'],
    topics: [
      ['lean og flowoptimering', 'lean and flow optimisation'],
      ['3D-print af metaldele', 'metal 3D printing'],
      ['kvalitetskontrol med kamera', 'camera-based quality control'],
      ['energieffektiv produktion', 'energy-efficient production'],
      ['overfladebehandling', 'surface treatment'],
      ['svejsning og samling', 'welding and joining'],
    ],
    tags: ['produktion', 'industri 4.0', 'lean', '3d-print', 'manufacturing', 'quality'],
    formats: ['consultancy', 'test_demonstration', 'continuing_education', 'student_project'],
    activities: [
      ['fremstiller metaldele til maskinindustrien', 'make metal parts for machine builders'],
      ['sprøjtestøber plastemner', 'injection-mould plastic parts'],
      ['samler styreskabe og elektronik', 'assemble control cabinets and electronics'],
      ['overfladebehandler stål og aluminium', 'surface-treat steel and aluminium'],
    ],
    methods: [
      ['lean-analyser og værdistrømsanalyse', 'lean and value-stream analysis'],
      ['additiv fremstilling', 'additive manufacturing'],
      ['materialeprøvning og metallografi', 'materials testing and metallography'],
      ['simulering af produktionsflow', 'production flow simulation'],
    ],
    stems: ['Smedjen', 'Metalværk', 'Stål', 'Maskin', 'Plastform', 'Præcision', 'Værkstedet', 'Jern'],
    endings: ['Industri', 'Fabrik', 'Produktion', 'Manufacturing', 'Teknik', 'Components'],
  },
  {
    id: 'robotics',
    label: ['robotter og automation', 'robotics and automation'],
    divisions: ['28', '26', '62'],
    topics: [
      ['kollaborative robotter', 'collaborative robots'],
      ['robotgreb til bløde emner', 'grippers for soft items'],
      ['droner til inspektion', 'drones for inspection'],
      ['autonome mobile robotter', 'autonomous mobile robots'],
      ['maskinsyn', 'machine vision'],
      ['automatisering af små serier', 'automation of small batches'],
    ],
    tags: ['robotter', 'automation', 'droner', 'cobots', 'robotics', 'machine vision'],
    formats: ['test_demonstration', 'contract_research', 'student_project', 'joint_rd_application'],
    activities: [
      ['integrerer robotceller hos danske fabrikker', 'integrate robot cells in Danish factories'],
      ['udvikler griberværktøjer', 'develop gripper tools'],
      ['flyver droner til inspektion af broer og master', 'fly drones to inspect bridges and masts'],
      ['bygger mobile robotter til lagre', 'build mobile robots for warehouses'],
    ],
    methods: [
      ['robotlaboratorier med cobots', 'robot labs with cobots'],
      ['maskinsyn og sensorfusion', 'machine vision and sensor fusion'],
      ['risikovurdering af robotanlæg', 'risk assessment of robot installations'],
      ['testområder til droner', 'drone test ranges'],
    ],
    stems: ['Robo', 'Griber', 'Drone', 'Automa', 'Servo', 'Mekatronik', 'Cobot', 'Sensor'],
    endings: ['Robotics', 'Automation', 'Systems', 'Technologies', 'Teknik', 'Robotter'],
  },
  {
    id: 'design',
    label: ['livsstil og design', 'lifestyle and design'],
    divisions: ['14', '31', '74', '32'],
    topics: [
      ['bæredygtige tekstiler', 'sustainable textiles'],
      ['møbeldesign i genbrugstræ', 'furniture design in reclaimed wood'],
      ['brugerinddragelse i produktudvikling', 'user involvement in product development'],
      ['digitalt salg af designprodukter', 'online sales of design products'],
      ['cirkulært modetøj', 'circular fashion'],
    ],
    tags: ['design', 'møbler', 'mode', 'tekstil', 'lifestyle', 'circular design'],
    formats: ['student_project', 'internship', 'consultancy', 'innovation_voucher'],
    activities: [
      ['designer og sælger møbler i massivt træ', 'design and sell solid-wood furniture'],
      ['producerer arbejdstøj og tekstiler', 'produce workwear and textiles'],
      ['driver en webshop med boligtilbehør', 'run a web shop for home accessories'],
      ['designer lamper og belysning', 'design lamps and lighting'],
    ],
    methods: [
      ['designmetoder og prototyper', 'design methods and prototyping'],
      ['materialeforskning i tekstiler', 'textile materials research'],
      ['brugerstudier og etnografi', 'user studies and ethnography'],
      ['værksteder til træ, metal og tekstil', 'workshops for wood, metal and textiles'],
    ],
    stems: ['Formgivning', 'Nordisk', 'Linned', 'Egetræ', 'Studio', 'Hygge', 'Væveri', 'Kollektion'],
    endings: ['Design', 'Studio', 'Interiør', 'Living', 'Atelier', 'Collection'],
  },
  {
    id: 'sound',
    label: ['lyd og akustik', 'sound and acoustics'],
    divisions: ['26', '59', '90'],
    topics: [
      ['høreapparater og hørbarhed', 'hearing aids and audibility'],
      ['akustik i åbne kontorer', 'acoustics in open-plan offices'],
      ['støjreduktion', 'noise reduction'],
      ['lyd til spil og film', 'sound for games and film'],
      ['højttalerdesign', 'loudspeaker design'],
    ],
    tags: ['lyd', 'akustik', 'støj', 'audio', 'acoustics', 'hearing'],
    formats: ['contract_research', 'test_demonstration', 'student_project', 'innovation_voucher'],
    activities: [
      ['udvikler høreapparater og headsets', 'develop hearing aids and headsets'],
      ['rådgiver om akustik i nybyggeri', 'advise on acoustics in new buildings'],
      ['producerer højttalere', 'produce loudspeakers'],
      ['laver lyddesign til spil og reklamer', 'create sound design for games and ads'],
    ],
    methods: [
      ['målinger i lyddødt rum', 'measurements in an anechoic chamber'],
      ['psykoakustiske lyttetest', 'psychoacoustic listening tests'],
      ['simulering af rumakustik', 'room acoustics simulation'],
      ['signalbehandling', 'signal processing'],
    ],
    stems: ['Klang', 'Lydbølge', 'Akustik', 'Tone', 'Ekko', 'Resonans', 'Højttaler', 'Stilhed'],
    endings: ['Audio', 'Sound', 'Akustik', 'Acoustics', 'Lyd', 'Labs'],
  },
  {
    id: 'finance',
    label: ['finansiel teknologi', 'financial technology'],
    divisions: ['64', '66', '62'],
    topics: [
      ['betalingsløsninger', 'payment solutions'],
      ['hvidvaskkontrol og compliance', 'anti-money-laundering and compliance'],
      ['kreditvurdering med data', 'data-driven credit scoring'],
      ['ESG-rapportering', 'ESG reporting'],
      ['svindelopdagelse', 'fraud detection'],
    ],
    tags: ['fintech', 'betalinger', 'compliance', 'regtech', 'esg', 'data', 'payments'],
    formats: ['student_project', 'contract_research', 'consultancy', 'internship'],
    activities: [
      ['udvikler betalingsløsninger til webshops', 'develop payment solutions for web shops'],
      ['leverer software til revisorer', 'supply software to accountants'],
      ['rådgiver små banker om regulering', 'advise small banks on regulation'],
      ['formidler lån til små virksomheder', 'broker loans for small companies'],
    ],
    methods: [
      ['økonometri og risikomodeller', 'econometrics and risk models'],
      ['regulatorisk analyse', 'regulatory analysis'],
      ['maskinlæring på transaktionsdata', 'machine learning on transaction data'],
      ['adfærdsøkonomiske forsøg', 'behavioural economics experiments'],
    ],
    stems: ['Mønt', 'Kapital', 'Ledger', 'Kredit', 'Betal', 'Fonden', 'Konto', 'Regnskab'],
    endings: ['Finans', 'Pay', 'Capital', 'Tech', 'Solutions', 'Data'],
  },
  {
    id: 'tourism',
    label: ['turisme og oplevelser', 'tourism and experiences'],
    divisions: ['55', '56', '79', '93'],
    topics: [
      ['helårsturisme ved kysten', 'year-round coastal tourism'],
      ['digital booking og gæsterejser', 'digital booking and guest journeys'],
      ['bæredygtige overnatninger', 'sustainable accommodation'],
      ['konferencer og erhvervsturisme', 'conferences and business tourism'],
      ['naturoplevelser og friluftsliv', 'nature experiences and outdoor life'],
    ],
    tags: ['turisme', 'oplevelser', 'hotel', 'booking', 'tourism', 'hospitality', 'bæredygtighed'],
    formats: ['student_project', 'internship', 'consultancy', 'innovation_voucher'],
    activities: [
      ['driver et feriecenter ved Vestkysten', 'run a holiday centre on the west coast'],
      ['arrangerer konferencer og events', 'organise conferences and events'],
      ['driver et hotel med restaurant', 'run a hotel with a restaurant'],
      ['udlejer kajakker og cykler til turister', 'rent out kayaks and bikes to tourists'],
    ],
    methods: [
      ['gæsteundersøgelser og turismestatistik', 'visitor surveys and tourism statistics'],
      ['oplevelsesdesign', 'experience design'],
      ['forretningsmodeller for sæsonerhverv', 'business models for seasonal trades'],
      ['digital markedsføring', 'digital marketing'],
    ],
    stems: ['Klitly', 'Havbad', 'Fjordkro', 'Skovsø', 'Strandgården', 'Naturlejr', 'Kystferie', 'Udsigten'],
    endings: ['Resort', 'Hotel', 'Events', 'Oplevelser', 'Travel', 'Camping'],
  },
  {
    id: 'materials',
    label: ['avancerede materialer', 'advanced materials'],
    divisions: ['20', '22', '23', '24'],
    topics: [
      ['kompositmaterialer', 'composite materials'],
      ['genanvendelig plast', 'recyclable plastics'],
      ['korrosionsbeskyttelse', 'corrosion protection'],
      ['biobaserede polymerer', 'bio-based polymers'],
      ['slidstærke belægninger', 'wear-resistant coatings'],
    ],
    tags: ['materialer', 'kompositter', 'plast', 'polymerer', 'coatings', 'materials', 'korrosion'],
    formats: ['contract_research', 'test_demonstration', 'joint_rd_application', 'eu_project'],
    activities: [
      ['producerer glasfiberemner', 'produce glass-fibre parts'],
      ['blander maling og belægninger', 'formulate paints and coatings'],
      ['ekstruderer plastprofiler', 'extrude plastic profiles'],
      ['støber betonvarer', 'cast concrete products'],
    ],
    methods: [
      ['mekanisk prøvning og udmattelse', 'mechanical and fatigue testing'],
      ['elektronmikroskopi', 'electron microscopy'],
      ['accelererede ældningsforsøg', 'accelerated ageing tests'],
      ['polymerkemi', 'polymer chemistry'],
    ],
    stems: ['Komposit', 'Polymer', 'Fiber', 'Belægning', 'Granit', 'Glasfiber', 'Coat', 'Molekyle'],
    endings: ['Materials', 'Plast', 'Coatings', 'Industri', 'Composites', 'Teknik'],
  },
];

export const domainById = (id: string): Domain => {
  const domain = DOMAINS.find((entry) => entry.id === id);
  if (!domain) throw new Error(`Unknown demo domain ${id}`);
  return domain;
};

/**
 * How postings are phrased. Placeholders: `{t}` a topic, `{o}` the organisation, `{a}` what a company
 * does, `{m}` an institution's method, `{f}` a collaboration format, `{s}` a company's size, `{c}` its city,
 * `{i}` "in" its city (`i Odense`, `på Læsø`).
 */
export const NEED_TITLES: readonly Pair[] = [
  ['Vi søger en partner inden for {t}', 'Looking for a partner in {t}'],
  ['Hjælp til {t} i vores produktion', 'Help with {t} in our production'],
  ['Studerende til projekt om {t}', 'Student project on {t}'],
  ['Test og dokumentation af {t}', 'Testing and documenting {t}'],
  ['Ny viden om {t}', 'New knowledge on {t}'],
  ['Udvikling af {t} til nye markeder', 'Developing {t} for new markets'],
  ['Sparring om {t}', 'Sparring on {t}'],
  ['Hvordan kommer vi i gang med {t}?', 'How do we get started with {t}?'],
  ['Fælles projekt om {t}', 'Joint project on {t}'],
];

export const NEED_INTROS: readonly Pair[] = [
  ['Vi er {s} {i} og {a}.', 'We are {s} {i} and we {a}.'],
  ['{o} {a} fra {c}.', '{o} is based {i}; we {a}.'],
  ['{o} fra {c}: vi {a}, og vi vil gerne videre.', '{o} from {c}: we {a}, and we want to move on.'],
];

export const NEED_PROBLEMS: readonly Pair[] = [
  ['Vi mangler viden om {t} i huset', 'We lack in-house knowledge of {t}'],
  ['Vores kunder efterspørger løsninger inden for {t}', 'Our customers ask for solutions in {t}'],
  [
    'Vi har en prototype, men mangler dokumentation for {t}',
    'We have a prototype but lack documentation for {t}',
  ],
  ['Nye krav presser os til at se på {t}', 'New requirements push us to look at {t}'],
  [
    'Vi har prøvet os frem med {t}, men resultaterne svinger',
    'We have experimented with {t}, but the results vary',
  ],
  [
    'Konkurrenterne er længere fremme med {t} end os',
    'Our competitors are further ahead with {t} than we are',
  ],
  [
    'Vi ved ikke, om {t} kan betale sig for en virksomhed af vores størrelse',
    'We do not know whether {t} pays off for a company of our size',
  ],
];

export const NEED_ASKS: readonly Pair[] = [
  ['Vi forestiller os {f}.', 'We have {f} in mind.'],
  ['Det kunne være {f}, men vi er åbne for forslag.', 'It could be {f}, but we are open to suggestions.'],
  [
    'Vi hører gerne fra forskere eller konsulenter, der kan tilbyde {f}.',
    'We would like to hear from researchers or consultants who can offer {f}.',
  ],
];

export const NEED_OUTCOMES: readonly Pair[] = [
  ['Målet er et testet koncept, vi kan sælge', 'The goal is a tested concept we can sell'],
  [
    'Vi vil gerne ende med en plan for de næste to år',
    'We would like to end up with a plan for the next two years',
  ],
  ['Vi håber på færre fejl og lavere omkostninger', 'We hope for fewer defects and lower costs'],
  ['Gerne en fælles ansøgning om midler bagefter', 'Ideally a joint funding application afterwards'],
  ['Måske en studerende, der kan blive hos os', 'Perhaps a student who might stay with us'],
  [
    'Vi skal kunne dokumentere effekten over for vores kunder',
    'We must be able to document the effect to our customers',
  ],
];

export const COMPETENCE_TITLES: readonly Pair[] = [
  ['Ekspertise i {t}', 'Expertise in {t}'],
  ['Forskning i {t}', 'Research on {t}'],
  ['Testfaciliteter til {t}', 'Test facilities for {t}'],
  ['Studerende til projekter om {t}', 'Student projects on {t}'],
  ['Efteruddannelse i {t}', 'Continuing education in {t}'],
  ['Rådgivning om {t}', 'Advice on {t}'],
  ['Samarbejde om {t} for små og mellemstore virksomheder', 'Collaboration on {t} for SMEs'],
];

export const COMPETENCE_DESCRIPTIONS: readonly Pair[] = [
  [
    '{o} har forskere og udstyr inden for {t} og samarbejder gerne med små og mellemstore virksomheder.',
    '{o} has researchers and equipment in {t} and welcomes collaboration with small and medium-sized companies.',
  ],
  [
    'Vi hjælper virksomheder med {t}: fra den første idé over forsøg til dokumenterede resultater.',
    'We help companies with {t}: from the first idea through experiments to documented results.',
  ],
  [
    'Hos {o} kan virksomheder teste og demonstrere løsninger inden for {t} under realistiske forhold.',
    'At {o}, companies can test and demonstrate solutions in {t} under realistic conditions.',
  ],
  [
    'Vores faggruppe arbejder med {t} og har erfaring fra projekter med både store og små virksomheder.',
    'Our group works on {t} and has experience from projects with large and small companies alike.',
  ],
];

export const COMPETENCE_METHODS: readonly Pair[] = [
  ['Vi arbejder blandt andet med {m}.', 'Our work includes {m}.'],
  ['Vi tilbyder {m} og hjælper med at tolke resultaterne.', 'We offer {m} and help interpret the results.'],
  ['Vores kompetencer spænder over {m}.', 'Our expertise covers {m}.'],
];

export const COMPETENCE_OFFERS: readonly Pair[] = [
  ['Samarbejdet kan tage form af {f}.', 'Collaboration can take the form of {f}.'],
  [
    'Kontakt os om {f}, også hvis I ikke har samarbejdet med en videninstitution før.',
    'Contact us about {f}, also if you have never worked with a knowledge institution before.',
  ],
];

/** A collaboration format mid-sentence. */
export const FORMAT_PHRASES: Readonly<Record<CollaborationFormat, Pair>> = {
  student_project: ['et studenterprojekt eller speciale', 'a student project or thesis'],
  internship: ['et praktikforløb', 'an internship'],
  contract_research: ['kontraktforskning', 'contract research'],
  joint_rd_application: [
    'en fælles ansøgning om forsknings- og udviklingsmidler',
    'a joint R&D funding application',
  ],
  innovation_voucher: [
    'et forløb med Innobooster eller en videnkupon',
    'a project funded by Innobooster or a knowledge voucher',
  ],
  eu_project: ['et EU-projekt', 'an EU project'],
  test_demonstration: ['test og demonstration', 'testing and demonstration'],
  continuing_education: ['efteruddannelse af vores medarbejdere', 'continuing education for staff'],
  consultancy: ['et rådgivningsforløb', 'a consultancy engagement'],
};

/** Danish says "på" for the island municipalities: "på Læsø", but "i Odense". */
const ISLANDS = new Set(['Læsø', 'Samsø', 'Fanø', 'Ærø', 'Bornholm', 'Langeland', 'Morsø']);
export const inPlace = (city: string): Pair => [`${ISLANDS.has(city) ? 'på' : 'i'} ${city}`, `in ${city}`];

/** A company of an employee band, mid-sentence. */
export const SIZE_PHRASES: Readonly<Record<'1-9' | '10-49' | '50-249', Pair>> = {
  '1-9': ['en lille virksomhed med under ti ansatte', 'a small company of fewer than ten people'],
  '10-49': ['en virksomhed med omkring 30 ansatte', 'a company of around 30 people'],
  '50-249': ['en mellemstor virksomhed med over 50 ansatte', 'a medium-sized company of more than 50 people'],
};
