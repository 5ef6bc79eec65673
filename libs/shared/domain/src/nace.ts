import type { LocalizedText } from './labels';

/**
 * Industry codes: DB07 (Dansk Branchekode 2007), the Danish version of NACE Rev. 2. Levels: 21 sections
 * (A–U), 88 divisions (2 digits), 272 groups, 615 classes and the Danish 6-digit subclasses (`62.01.00`,
 * stored in CVR as `620100`). DB25 (NACE Rev. 2.1) succeeds DB07 with a different division list, so a
 * stored code always carries its code system: `{ system: 'DB07', code: '62.01.00' }`.
 *
 * English names are NACE Rev. 2's (Eurostat); Danish names are Danmarks Statistik's DB07 titles.
 */
export const CODE_SYSTEM = 'DB07';
export type CodeSystem = typeof CODE_SYSTEM;

/** An industry code together with the code system it belongs to. */
export interface IndustryCode {
  readonly system: CodeSystem;
  /** Canonical form: a section letter (`J`), a division (`62`) or a subclass (`62.01.00`). */
  readonly code: string;
}

export const NACE_SECTION_CODES = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type NaceSectionCode = (typeof NACE_SECTION_CODES)[number];

export interface NaceSection {
  readonly code: NaceSectionCode;
  readonly label: LocalizedText;
}

export interface NaceDivision {
  /** Two digits, `01`–`99`. */
  readonly code: string;
  readonly section: NaceSectionCode;
  readonly label: LocalizedText;
}

const SECTION_LABELS: Readonly<Record<NaceSectionCode, LocalizedText>> = {
  A: { da: 'Landbrug, jagt, skovbrug og fiskeri', en: 'Agriculture, forestry and fishing' },
  B: { da: 'Råstofindvinding', en: 'Mining and quarrying' },
  C: { da: 'Fremstillingsvirksomhed', en: 'Manufacturing' },
  D: {
    da: 'Elektricitets-, gas-, damp- og varmeforsyning',
    en: 'Electricity, gas, steam and air conditioning supply',
  },
  E: {
    da: 'Vandforsyning; kloakvæsen, affaldshåndtering og rensning af jord og grundvand',
    en: 'Water supply; sewerage, waste management and remediation activities',
  },
  F: { da: 'Bygge- og anlægsvirksomhed', en: 'Construction' },
  G: {
    da: 'Engroshandel og detailhandel; reparation af motorkøretøjer og motorcykler',
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
  },
  H: { da: 'Transport og godshåndtering', en: 'Transportation and storage' },
  I: {
    da: 'Overnatningsfaciliteter og restaurationsvirksomhed',
    en: 'Accommodation and food service activities',
  },
  J: { da: 'Information og kommunikation', en: 'Information and communication' },
  K: { da: 'Pengeinstitut- og finansvirksomhed, forsikring', en: 'Financial and insurance activities' },
  L: { da: 'Fast ejendom', en: 'Real estate activities' },
  M: {
    da: 'Liberale, videnskabelige og tekniske tjenesteydelser',
    en: 'Professional, scientific and technical activities',
  },
  N: {
    da: 'Administrative tjenesteydelser og hjælpetjenester',
    en: 'Administrative and support service activities',
  },
  O: {
    da: 'Offentlig administration, forsvar og socialsikring',
    en: 'Public administration and defence; compulsory social security',
  },
  P: { da: 'Undervisning', en: 'Education' },
  Q: { da: 'Sundhedsvæsen og sociale foranstaltninger', en: 'Human health and social work activities' },
  R: { da: 'Kultur, forlystelser og sport', en: 'Arts, entertainment and recreation' },
  S: { da: 'Andre serviceydelser', en: 'Other service activities' },
  T: {
    da: 'Private husholdninger med ansat medhjælp; husholdningers produktion af varer og tjenesteydelser til eget brug, i.a.n.',
    en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  },
  U: {
    da: 'Ekstraterritoriale organisationer og organer',
    en: 'Activities of extraterritorial organisations and bodies',
  },
};

export const NACE_SECTIONS: readonly NaceSection[] = Object.freeze(
  NACE_SECTION_CODES.map((code) => Object.freeze({ code, label: SECTION_LABELS[code] })),
);

/** [division, section, Danish title, English title] */
const DIVISION_ROWS: readonly (readonly [string, NaceSectionCode, string, string])[] = [
  [
    '01',
    'A',
    'Plante- og husdyravl, jagt og serviceydelser i forbindelse hermed',
    'Crop and animal production, hunting and related service activities',
  ],
  ['02', 'A', 'Skovbrug og skovning', 'Forestry and logging'],
  ['03', 'A', 'Fiskeri og akvakultur', 'Fishing and aquaculture'],
  ['05', 'B', 'Indvinding af kul og brunkul', 'Mining of coal and lignite'],
  ['06', 'B', 'Indvinding af råolie og naturgas', 'Extraction of crude petroleum and natural gas'],
  ['07', 'B', 'Brydning af metalmalme', 'Mining of metal ores'],
  ['08', 'B', 'Anden råstofindvinding', 'Other mining and quarrying'],
  ['09', 'B', 'Serviceydelser i forbindelse med råstofindvinding', 'Mining support service activities'],
  ['10', 'C', 'Fremstilling af fødevarer', 'Manufacture of food products'],
  ['11', 'C', 'Fremstilling af drikkevarer', 'Manufacture of beverages'],
  ['12', 'C', 'Fremstilling af tobaksprodukter', 'Manufacture of tobacco products'],
  ['13', 'C', 'Fremstilling af tekstiler', 'Manufacture of textiles'],
  ['14', 'C', 'Fremstilling af beklædningsartikler', 'Manufacture of wearing apparel'],
  ['15', 'C', 'Fremstilling af læder og lædervarer', 'Manufacture of leather and related products'],
  [
    '16',
    'C',
    'Fremstilling af træ og varer af træ og kork, undtagen møbler; fremstilling af varer af strå og flettematerialer',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
  ],
  ['17', 'C', 'Fremstilling af papir og papirvarer', 'Manufacture of paper and paper products'],
  [
    '18',
    'C',
    'Trykning og reproduktion af indspillede medier',
    'Printing and reproduction of recorded media',
  ],
  [
    '19',
    'C',
    'Fremstilling af koks og raffinerede mineralolieprodukter',
    'Manufacture of coke and refined petroleum products',
  ],
  ['20', 'C', 'Fremstilling af kemiske produkter', 'Manufacture of chemicals and chemical products'],
  [
    '21',
    'C',
    'Fremstilling af farmaceutiske råvarer og farmaceutiske præparater',
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
  ],
  ['22', 'C', 'Fremstilling af gummi- og plastprodukter', 'Manufacture of rubber and plastic products'],
  [
    '23',
    'C',
    'Fremstilling af andre ikke-metalholdige mineralske produkter',
    'Manufacture of other non-metallic mineral products',
  ],
  ['24', 'C', 'Fremstilling af metal', 'Manufacture of basic metals'],
  [
    '25',
    'C',
    'Jern- og metalvareindustri, undtagen maskiner og udstyr',
    'Manufacture of fabricated metal products, except machinery and equipment',
  ],
  [
    '26',
    'C',
    'Fremstilling af computere, elektroniske og optiske produkter',
    'Manufacture of computer, electronic and optical products',
  ],
  ['27', 'C', 'Fremstilling af elektrisk udstyr', 'Manufacture of electrical equipment'],
  ['28', 'C', 'Fremstilling af maskiner og udstyr i.a.n.', 'Manufacture of machinery and equipment n.e.c.'],
  [
    '29',
    'C',
    'Fremstilling af motorkøretøjer, påhængsvogne og sættevogne',
    'Manufacture of motor vehicles, trailers and semi-trailers',
  ],
  ['30', 'C', 'Fremstilling af andre transportmidler', 'Manufacture of other transport equipment'],
  ['31', 'C', 'Fremstilling af møbler', 'Manufacture of furniture'],
  ['32', 'C', 'Anden fremstillingsvirksomhed', 'Other manufacturing'],
  [
    '33',
    'C',
    'Reparation og installation af maskiner og udstyr',
    'Repair and installation of machinery and equipment',
  ],
  ['35', 'D', 'El-, gas- og fjernvarmeforsyning', 'Electricity, gas, steam and air conditioning supply'],
  ['36', 'E', 'Vandforsyning', 'Water collection, treatment and supply'],
  ['37', 'E', 'Opsamling og behandling af spildevand', 'Sewerage'],
  [
    '38',
    'E',
    'Indsamling, behandling og bortskaffelse af affald; genbrug',
    'Waste collection, treatment and disposal activities; materials recovery',
  ],
  [
    '39',
    'E',
    'Rensning af jord og grundvand og anden form for forureningsbekæmpelse',
    'Remediation activities and other waste management services',
  ],
  ['41', 'F', 'Opførelse af bygninger', 'Construction of buildings'],
  ['42', 'F', 'Anlægsarbejder', 'Civil engineering'],
  ['43', 'F', 'Bygge- og anlægsvirksomhed, som kræver specialisering', 'Specialised construction activities'],
  [
    '45',
    'G',
    'Handel med biler og motorcykler, og reparation heraf',
    'Wholesale and retail trade and repair of motor vehicles and motorcycles',
  ],
  [
    '46',
    'G',
    'Engroshandel undtagen med motorkøretøjer og motorcykler',
    'Wholesale trade, except of motor vehicles and motorcycles',
  ],
  [
    '47',
    'G',
    'Detailhandel undtagen med motorkøretøjer og motorcykler',
    'Retail trade, except of motor vehicles and motorcycles',
  ],
  ['49', 'H', 'Landtransport; rørtransport', 'Land transport and transport via pipelines'],
  ['50', 'H', 'Skibsfart', 'Water transport'],
  ['51', 'H', 'Luftfart', 'Air transport'],
  [
    '52',
    'H',
    'Hjælpevirksomhed i forbindelse med transport',
    'Warehousing and support activities for transportation',
  ],
  ['53', 'H', 'Post- og kurertjenester', 'Postal and courier activities'],
  ['55', 'I', 'Overnatningsfaciliteter', 'Accommodation'],
  ['56', 'I', 'Restaurationsvirksomhed', 'Food and beverage service activities'],
  ['58', 'J', 'Udgivervirksomhed', 'Publishing activities'],
  [
    '59',
    'J',
    'Produktion af film, video- og tv-programmer, lydoptagelser og musikudgivelser',
    'Motion picture, video and television programme production, sound recording and music publishing activities',
  ],
  ['60', 'J', 'Radio- og tv-virksomhed', 'Programming and broadcasting activities'],
  ['61', 'J', 'Telekommunikation', 'Telecommunications'],
  [
    '62',
    'J',
    'Computerprogrammering, konsulentbistand vedrørende informationsteknologi og lignende aktiviteter',
    'Computer programming, consultancy and related activities',
  ],
  ['63', 'J', 'Informationstjenester', 'Information service activities'],
  [
    '64',
    'K',
    'Pengeinstitut- og finansieringsvirksomhed undtagen forsikring og pensionsforsikring',
    'Financial service activities, except insurance and pension funding',
  ],
  [
    '65',
    'K',
    'Forsikring, genforsikring og pensionsforsikring undtagen lovpligtig socialforsikring',
    'Insurance, reinsurance and pension funding, except compulsory social security',
  ],
  [
    '66',
    'K',
    'Hjælpetjenester i forbindelse med finansieringsvirksomhed og forsikring',
    'Activities auxiliary to financial services and insurance activities',
  ],
  ['68', 'L', 'Fast ejendom', 'Real estate activities'],
  ['69', 'M', 'Juridisk bistand, bogføring og revision', 'Legal and accounting activities'],
  [
    '70',
    'M',
    'Hovedsæders virksomhed; virksomhedsrådgivning',
    'Activities of head offices; management consultancy activities',
  ],
  [
    '71',
    'M',
    'Arkitekt- og ingeniørvirksomhed; teknisk afprøvning og analyse',
    'Architectural and engineering activities; technical testing and analysis',
  ],
  ['72', 'M', 'Videnskabelig forskning og udvikling', 'Scientific research and development'],
  ['73', 'M', 'Reklame og markedsanalyse', 'Advertising and market research'],
  [
    '74',
    'M',
    'Andre liberale, videnskabelige og tekniske tjenesteydelser',
    'Other professional, scientific and technical activities',
  ],
  ['75', 'M', 'Dyrlæger', 'Veterinary activities'],
  ['77', 'N', 'Udlejning og leasing', 'Rental and leasing activities'],
  ['78', 'N', 'Arbejdsformidling', 'Employment activities'],
  [
    '79',
    'N',
    'Rejsebureauers og rejsearrangørers virksomhed, reservationstjenesteydelser og tjenesteydelser i forbindelse hermed',
    'Travel agency, tour operator and other reservation service and related activities',
  ],
  ['80', 'N', 'Vagt- og sikkerhedstjenester og overvågning', 'Security and investigation activities'],
  [
    '81',
    'N',
    'Serviceydelser i forbindelse med ejendomme samt landskabspleje',
    'Services to buildings and landscape activities',
  ],
  [
    '82',
    'N',
    'Administrationsservice, kontorservice og anden forretningsservice',
    'Office administrative, office support and other business support activities',
  ],
  [
    '84',
    'O',
    'Offentlig forvaltning, forsvar og socialsikring',
    'Public administration and defence; compulsory social security',
  ],
  ['85', 'P', 'Undervisning', 'Education'],
  ['86', 'Q', 'Sundhedsvæsen', 'Human health activities'],
  ['87', 'Q', 'Institutionsophold', 'Residential care activities'],
  [
    '88',
    'Q',
    'Sociale foranstaltninger uden institutionsophold',
    'Social work activities without accommodation',
  ],
  ['90', 'R', 'Kreative aktiviteter, kunst og forlystelser', 'Creative, arts and entertainment activities'],
  [
    '91',
    'R',
    'Biblioteker, arkiver, museer og anden kulturel virksomhed',
    'Libraries, archives, museums and other cultural activities',
  ],
  ['92', 'R', 'Lotteri- og anden spillevirksomhed', 'Gambling and betting activities'],
  [
    '93',
    'R',
    'Sport, forlystelser og fritidsaktiviteter',
    'Sports activities and amusement and recreation activities',
  ],
  ['94', 'S', 'Organisationer og foreninger', 'Activities of membership organisations'],
  [
    '95',
    'S',
    'Reparation af computere og varer til personligt brug og husholdningsbrug',
    'Repair of computers and personal and household goods',
  ],
  ['96', 'S', 'Andre personlige serviceydelser', 'Other personal service activities'],
  [
    '97',
    'T',
    'Husholdninger med ansat medhjælp',
    'Activities of households as employers of domestic personnel',
  ],
  [
    '98',
    'T',
    'Private husholdningers produktion af varer og tjenesteydelser til eget brug, i.a.n.',
    'Undifferentiated goods- and services-producing activities of private households for own use',
  ],
  [
    '99',
    'U',
    'Eksterritoriale organisationer og organer',
    'Activities of extraterritorial organisations and bodies',
  ],
];

/** The 88 divisions of NACE Rev. 2 / DB07, in code order. */
export const NACE_DIVISIONS: readonly NaceDivision[] = Object.freeze(
  DIVISION_ROWS.map(([code, section, da, en]) => Object.freeze({ code, section, label: { da, en } })),
);

const sectionByCode = new Map<string, NaceSection>(NACE_SECTIONS.map((s) => [s.code, s]));
const divisionByCode = new Map<string, NaceDivision>(NACE_DIVISIONS.map((d) => [d.code, d]));

const SECTION_PATTERN = /^[A-Za-z]$/;
const DIVISION_PATTERN = /^\d{2}$/;
// 6 digits, with or without a dot or space between the pairs: 620100, 62.01.00, 62 01 00.
const SUBCLASS_PATTERN = /^(\d{2})[. ]?(\d{2})[. ]?(\d{2})$/;

/**
 * The canonical form of a DB07 code: `J` for a section, `62` for a division, `62.01.00` for a subclass.
 * Returns null when the shape is not one of these or the section/division does not exist.
 * (Only the division of a subclass is checked: this list does not carry the 736 subclasses.)
 */
export function normaliseNaceCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  const value = input.trim();
  if (SECTION_PATTERN.test(value)) {
    const code = value.toUpperCase();
    return sectionByCode.has(code) ? code : null;
  }
  if (DIVISION_PATTERN.test(value)) return divisionByCode.has(value) ? value : null;
  const subclass = SUBCLASS_PATTERN.exec(value);
  if (subclass) {
    const [, division, cls, sub] = subclass;
    return divisionByCode.has(division) ? `${division}.${cls}.${sub}` : null;
  }
  return null;
}

/** True for an existing section letter, an existing division, or a 6-digit subclass of an existing division. */
export function isValidNaceCode(code: string): boolean {
  return normaliseNaceCode(code) !== null;
}

/** The division of a division or subclass code (`62`, `620100`, `62.01.00`); undefined for a section or an unknown code. */
export function naceDivision(code: string): NaceDivision | undefined {
  const canonical = normaliseNaceCode(code);
  return canonical !== null && /^\d/.test(canonical) ? divisionByCode.get(canonical.slice(0, 2)) : undefined;
}

/** The section of any valid code: a section letter itself, or the section of a division or subclass. */
export function naceSection(code: string): NaceSection | undefined {
  const canonical = normaliseNaceCode(code);
  if (canonical === null) return undefined;
  if (sectionByCode.has(canonical)) return sectionByCode.get(canonical);
  const division = divisionByCode.get(canonical.slice(0, 2));
  return division ? sectionByCode.get(division.section) : undefined;
}

/** The divisions of a section, in code order. */
export function naceDivisionsInSection(section: string): readonly NaceDivision[] {
  const code = section.trim().toUpperCase();
  return NACE_DIVISIONS.filter((d) => d.section === code);
}

/** A code with its code system attached, ready to store; null when the code is not valid DB07. */
export function industryCode(input: string): IndustryCode | null {
  const code = normaliseNaceCode(input);
  return code === null ? null : { system: CODE_SYSTEM, code };
}
