import type { KnowledgeInstitutionKind } from '@videnbro/domain';

/**
 * The 14 national clusters appointed in 2020 (DOMAIN.md). The first eleven are named there;
 * Copenhagen FinTech runs the ministry's cluster pool for finance (copenhagenfintech.dk/funding); the
 * last two are placeholder names for areas we could not confirm (tourism, materials): correct them
 * when the list is checked. Home municipalities: (check). The clusters are real organisations but
 * these rows are demo data: no CVR, marked as demo.
 */
export const CLUSTERS: readonly {
  name: string;
  domain: string;
  municipality: string;
  strengthAreas: readonly string[];
}[] = [
  {
    name: 'Energy Cluster Denmark',
    domain: 'energy',
    municipality: 'odense',
    strengthAreas: ['Vindenergi', 'Power-to-X', 'Energieffektivitet', 'Energilagring', 'Smart energi'],
  },
  {
    name: 'CLEAN',
    domain: 'water',
    municipality: 'koebenhavn',
    strengthAreas: ['Vandteknologi', 'Cirkulær økonomi', 'Luft og støj', 'Klimatilpasning'],
  },
  {
    name: 'MARLOG',
    domain: 'maritime',
    municipality: 'aalborg',
    strengthAreas: ['Maritim teknologi', 'Logistik', 'Grøn skibsfart', 'Havne'],
  },
  {
    name: 'We Build Denmark',
    domain: 'construction',
    municipality: 'herning',
    strengthAreas: ['Bæredygtigt byggeri', 'Digitalisering af byggeriet', 'Renovering', 'Byggematerialer'],
  },
  {
    name: 'DigitalLead',
    domain: 'digital',
    municipality: 'koebenhavn',
    strengthAreas: ['Kunstig intelligens', 'Cybersikkerhed', 'Software', 'Kvanteteknologi'],
  },
  {
    name: 'Danish Life Science Cluster',
    domain: 'life',
    municipality: 'koebenhavn',
    strengthAreas: ['Medicinsk udstyr', 'Biotek', 'Velfærdsteknologi', 'Sundhedsdata'],
  },
  {
    name: 'Food & Bio Cluster Denmark',
    domain: 'food',
    municipality: 'viborg',
    strengthAreas: ['Fødevareproduktion', 'Alternative proteiner', 'Bioressourcer', 'Landbrug'],
  },
  {
    name: 'MADE',
    domain: 'production',
    municipality: 'lyngby-taarbaek',
    strengthAreas: ['Avanceret produktion', 'Industri 4.0', 'Supply chain', 'Bæredygtig produktion'],
  },
  {
    name: 'Odense Robotics',
    domain: 'robotics',
    municipality: 'odense',
    strengthAreas: ['Kollaborative robotter', 'Droner', 'Automation', 'Mobile robotter'],
  },
  {
    name: 'Lifestyle & Design Cluster',
    domain: 'design',
    municipality: 'kolding',
    strengthAreas: ['Møbler og interiør', 'Mode og tekstil', 'Cirkulært design', 'Designprocesser'],
  },
  {
    name: 'Danish Sound Cluster',
    domain: 'sound',
    municipality: 'koebenhavn',
    strengthAreas: ['Hørelse', 'Akustik', 'Audioteknologi', 'Lyd i byer og bygninger'],
  },
  {
    name: 'Copenhagen FinTech',
    domain: 'finance',
    municipality: 'koebenhavn',
    strengthAreas: ['Finansiel teknologi', 'Betalinger', 'RegTech', 'Bæredygtig finans'],
  },
  {
    name: 'Dansk Turismeklynge',
    domain: 'tourism',
    municipality: 'ringkoebing-skjern',
    strengthAreas: ['Kyst- og naturturisme', 'Erhvervsturisme', 'Oplevelsesøkonomi', 'Bæredygtig turisme'],
  },
  {
    name: 'Dansk Materialeklynge',
    domain: 'materials',
    municipality: 'soenderborg',
    strengthAreas: [
      'Kompositter',
      'Polymerer og plast',
      'Overflader og belægninger',
      'Biobaserede materialer',
    ],
  },
];

/** Other clusters a company in a field also joins now and then. */
export const SECOND_CLUSTER: Readonly<Record<string, readonly string[]>> = {
  energy: ['water', 'production'],
  water: ['energy', 'construction'],
  maritime: ['energy', 'digital'],
  construction: ['energy', 'water'],
  digital: ['robotics', 'life'],
  life: ['digital', 'food'],
  food: ['water', 'life'],
  production: ['robotics', 'digital'],
  robotics: ['production', 'digital'],
  design: ['production', 'digital', 'tourism'],
  sound: ['life', 'digital'],
  finance: ['digital'],
  tourism: ['food', 'design'],
  materials: ['production', 'construction', 'energy'],
};

export interface InstitutionRow {
  kind: KnowledgeInstitutionKind;
  name: string;
  municipality: string;
  domains: readonly string[];
}

/** The real universities and GTS institutes DOMAIN.md names; where they work: (check). */
const REAL: readonly InstitutionRow[] = [
  {
    kind: 'university',
    name: 'Københavns Universitet',
    municipality: 'koebenhavn',
    domains: ['life', 'food', 'digital'],
  },
  {
    kind: 'university',
    name: 'Aarhus Universitet',
    municipality: 'aarhus',
    domains: ['food', 'energy', 'water'],
  },
  {
    kind: 'university',
    name: 'Syddansk Universitet',
    municipality: 'odense',
    domains: ['robotics', 'life', 'energy'],
  },
  {
    kind: 'university',
    name: 'Aalborg Universitet',
    municipality: 'aalborg',
    domains: ['energy', 'construction', 'sound', 'tourism'],
  },
  {
    kind: 'university',
    name: 'DTU',
    municipality: 'lyngby-taarbaek',
    domains: ['energy', 'production', 'water', 'materials'],
  },
  {
    kind: 'university',
    name: 'CBS',
    municipality: 'frederiksberg',
    domains: ['finance', 'maritime', 'design'],
  },
  {
    kind: 'university',
    name: 'Roskilde Universitet',
    municipality: 'roskilde',
    domains: ['water', 'food', 'digital'],
  },
  {
    kind: 'university',
    name: 'IT-Universitetet',
    municipality: 'koebenhavn',
    domains: ['digital', 'design'],
  },
  { kind: 'gts_institute', name: 'Alexandra Instituttet', municipality: 'aarhus', domains: ['digital'] },
  { kind: 'gts_institute', name: 'Bioneer', municipality: 'hoersholm', domains: ['life'] },
  { kind: 'gts_institute', name: 'DBI', municipality: 'hvidovre', domains: ['construction'] },
  { kind: 'gts_institute', name: 'DFM', municipality: 'lyngby-taarbaek', domains: ['production', 'sound'] },
  { kind: 'gts_institute', name: 'DHI', municipality: 'hoersholm', domains: ['water', 'maritime'] },
  {
    kind: 'gts_institute',
    name: 'FORCE Technology',
    municipality: 'broendby',
    domains: ['energy', 'materials', 'maritime'],
  },
  {
    kind: 'gts_institute',
    name: 'Teknologisk Institut',
    municipality: 'hoeje-taastrup',
    domains: ['production', 'food', 'materials', 'robotics'],
  },
];

/** Fictional institutions of the other kinds (the real ones need checking first): name and home. */
const FICTIONAL: readonly {
  kind: KnowledgeInstitutionKind;
  names: readonly (readonly [name: string, municipality: string])[];
  domains: readonly string[];
}[] = [
  {
    kind: 'university_college',
    names: [
      ['Professionshøjskolen Vestkyst', 'esbjerg'],
      ['Professionshøjskolen Lillebælt', 'fredericia'],
      ['Professionshøjskolen Gudenå', 'randers'],
      ['Professionshøjskolen Øresund', 'helsingoer'],
      ['Professionshøjskolen Limfjord', 'skive'],
      ['Professionshøjskolen Storstrøm', 'vordingborg'],
      ['Professionshøjskolen Mols', 'syddjurs'],
      ['Professionshøjskolen Himmerland', 'vesthimmerlands'],
    ],
    domains: ['life', 'construction', 'food', 'digital', 'tourism'],
  },
  {
    kind: 'business_academy',
    names: [
      ['Erhvervsakademi Kattegat', 'norddjurs'],
      ['Erhvervsakademi Vadehavet', 'varde'],
      ['Erhvervsakademi Nordsjælland', 'hilleroed'],
      ['Erhvervsakademi Sydfyn', 'svendborg'],
      ['Erhvervsakademi Vendsyssel', 'hjoerring'],
      ['Erhvervsakademi Midtvest', 'holstebro'],
      ['Erhvervsakademi Østjylland', 'horsens'],
      ['Erhvervsakademi Odsherred', 'odsherred'],
      ['Erhvervsakademi Trekanten', 'kolding'],
      ['Erhvervsakademi Thy', 'thisted'],
      ['Erhvervsakademi Bornholm', 'bornholm'],
      ['Erhvervsakademi Køge Bugt', 'koege'],
    ],
    domains: ['production', 'digital', 'maritime', 'food', 'construction', 'tourism', 'finance'],
  },
  {
    kind: 'artistic_institution',
    names: [
      ['Designskolen Nordhavn', 'koebenhavn'],
      ['Arkitektskolen Kattegat', 'aarhus'],
      ['Musikkonservatoriet Fyn', 'odense'],
      ['Filmskolen Vesterbro', 'koebenhavn'],
      ['Scenekunstskolen Aarhus Ø', 'aarhus'],
      ['Designakademiet Trekanten', 'kolding'],
      ['Lydkunstskolen Nordjylland', 'aalborg'],
      ['Formskolen Christianshavn', 'koebenhavn'],
      ['Arkitektur- og Designhøjskolen Vest', 'esbjerg'],
      ['Rytmisk Akademi Sjælland', 'roskilde'],
    ],
    domains: ['design', 'sound', 'tourism'],
  },
  {
    kind: 'research_institute',
    names: [
      ['Institut for Anvendt Havforskning', 'hjoerring'],
      ['Center for Grøn Energi og Lagring', 'skive'],
      ['Center for Fødevareinnovation', 'viborg'],
      ['Institut for Byggeriets Materialer', 'hoeje-taastrup'],
      ['Center for Robotteknologi og Sensorer', 'odense'],
      ['Institut for Vand og Klima', 'silkeborg'],
      ['Center for Sundhedsteknologi', 'aarhus'],
      ['Dansk Institut for Digital Tillid', 'koebenhavn'],
      ['Institut for Akustisk Forskning', 'lyngby-taarbaek'],
      ['Center for Cirkulær Produktion', 'herning'],
      ['Center for Finansiel Teknologi', 'koebenhavn'],
      ['Institut for Kystturisme', 'ringkoebing-skjern'],
      ['Institut for Kompositter og Polymerer', 'soenderborg'],
      ['Center for Bæredygtigt Landbrug', 'holstebro'],
    ],
    domains: [
      'maritime',
      'energy',
      'food',
      'construction',
      'robotics',
      'water',
      'life',
      'digital',
      'sound',
      'production',
      'finance',
      'tourism',
      'materials',
      'food',
    ],
  },
];

/** 15 real and 44 fictional institutions, every kind represented. */
export function institutionRows(): InstitutionRow[] {
  const rows: InstitutionRow[] = [...REAL];
  for (const group of FICTIONAL) {
    group.names.forEach(([name, municipality], i) => {
      const domains =
        group.kind === 'research_institute'
          ? [group.domains[i]]
          : [group.domains[i % group.domains.length], group.domains[(i + 1) % group.domains.length]];
      rows.push({ kind: group.kind, name, municipality, domains });
    });
  }
  return rows;
}
