import type { LocalizedText } from './labels';

/**
 * Denmark's 5 regions and 98 municipalities (since the 2007 structural reform). Christiansø (code 411) is
 * administered by the state and is not a municipality. Derive a region from the municipality, never from a
 * postal code: postal districts cross municipal borders.
 */

export const REGION_IDS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface Region {
  readonly id: RegionId;
  /** ISO 3166-2 subdivision code. */
  readonly isoCode: 'DK-81' | 'DK-82' | 'DK-83' | 'DK-84' | 'DK-85';
  /** The official 4-digit region code (regionskode) used by DAWA/DAGI and CPR. */
  readonly code: '1081' | '1082' | '1083' | '1084' | '1085';
  readonly label: LocalizedText;
}

export const REGIONS: readonly Region[] = Object.freeze([
  {
    id: 'hovedstaden',
    isoCode: 'DK-84',
    code: '1084',
    label: { da: 'Region Hovedstaden', en: 'Capital Region of Denmark' },
  },
  { id: 'sjaelland', isoCode: 'DK-85', code: '1085', label: { da: 'Region Sjælland', en: 'Region Zealand' } },
  {
    id: 'syddanmark',
    isoCode: 'DK-83',
    code: '1083',
    label: { da: 'Region Syddanmark', en: 'Region of Southern Denmark' },
  },
  {
    id: 'midtjylland',
    isoCode: 'DK-82',
    code: '1082',
    label: { da: 'Region Midtjylland', en: 'Central Denmark Region' },
  },
  {
    id: 'nordjylland',
    isoCode: 'DK-81',
    code: '1081',
    label: { da: 'Region Nordjylland', en: 'North Denmark Region' },
  },
] as const satisfies readonly Region[]);

interface MunicipalityRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly region: RegionId;
}

/**
 * [slug id, official 3-digit municipality code (kommunekode), name, region], ordered by code.
 * The slug transliterates æ/ø/å as ae/oe/aa and joins words with hyphens.
 */
const MUNICIPALITY_ROWS = [
  // Region Hovedstaden (29)
  { id: 'koebenhavn', code: '101', name: 'København', region: 'hovedstaden' },
  { id: 'frederiksberg', code: '147', name: 'Frederiksberg', region: 'hovedstaden' },
  { id: 'ballerup', code: '151', name: 'Ballerup', region: 'hovedstaden' },
  { id: 'broendby', code: '153', name: 'Brøndby', region: 'hovedstaden' },
  { id: 'dragoer', code: '155', name: 'Dragør', region: 'hovedstaden' },
  { id: 'gentofte', code: '157', name: 'Gentofte', region: 'hovedstaden' },
  { id: 'gladsaxe', code: '159', name: 'Gladsaxe', region: 'hovedstaden' },
  { id: 'glostrup', code: '161', name: 'Glostrup', region: 'hovedstaden' },
  { id: 'herlev', code: '163', name: 'Herlev', region: 'hovedstaden' },
  { id: 'albertslund', code: '165', name: 'Albertslund', region: 'hovedstaden' },
  { id: 'hvidovre', code: '167', name: 'Hvidovre', region: 'hovedstaden' },
  { id: 'hoeje-taastrup', code: '169', name: 'Høje-Taastrup', region: 'hovedstaden' },
  { id: 'lyngby-taarbaek', code: '173', name: 'Lyngby-Taarbæk', region: 'hovedstaden' },
  { id: 'roedovre', code: '175', name: 'Rødovre', region: 'hovedstaden' },
  { id: 'ishoej', code: '183', name: 'Ishøj', region: 'hovedstaden' },
  { id: 'taarnby', code: '185', name: 'Tårnby', region: 'hovedstaden' },
  { id: 'vallensbaek', code: '187', name: 'Vallensbæk', region: 'hovedstaden' },
  { id: 'furesoe', code: '190', name: 'Furesø', region: 'hovedstaden' },
  { id: 'alleroed', code: '201', name: 'Allerød', region: 'hovedstaden' },
  { id: 'fredensborg', code: '210', name: 'Fredensborg', region: 'hovedstaden' },
  { id: 'helsingoer', code: '217', name: 'Helsingør', region: 'hovedstaden' },
  { id: 'hilleroed', code: '219', name: 'Hillerød', region: 'hovedstaden' },
  { id: 'hoersholm', code: '223', name: 'Hørsholm', region: 'hovedstaden' },
  { id: 'rudersdal', code: '230', name: 'Rudersdal', region: 'hovedstaden' },
  { id: 'egedal', code: '240', name: 'Egedal', region: 'hovedstaden' },
  { id: 'frederikssund', code: '250', name: 'Frederikssund', region: 'hovedstaden' },
  { id: 'halsnaes', code: '260', name: 'Halsnæs', region: 'hovedstaden' },
  { id: 'gribskov', code: '270', name: 'Gribskov', region: 'hovedstaden' },
  { id: 'bornholm', code: '400', name: 'Bornholm', region: 'hovedstaden' },

  // Region Sjælland (17)
  { id: 'greve', code: '253', name: 'Greve', region: 'sjaelland' },
  { id: 'koege', code: '259', name: 'Køge', region: 'sjaelland' },
  { id: 'roskilde', code: '265', name: 'Roskilde', region: 'sjaelland' },
  { id: 'solroed', code: '269', name: 'Solrød', region: 'sjaelland' },
  { id: 'odsherred', code: '306', name: 'Odsherred', region: 'sjaelland' },
  { id: 'holbaek', code: '316', name: 'Holbæk', region: 'sjaelland' },
  { id: 'faxe', code: '320', name: 'Faxe', region: 'sjaelland' },
  { id: 'kalundborg', code: '326', name: 'Kalundborg', region: 'sjaelland' },
  { id: 'ringsted', code: '329', name: 'Ringsted', region: 'sjaelland' },
  { id: 'slagelse', code: '330', name: 'Slagelse', region: 'sjaelland' },
  { id: 'stevns', code: '336', name: 'Stevns', region: 'sjaelland' },
  { id: 'soroe', code: '340', name: 'Sorø', region: 'sjaelland' },
  { id: 'lejre', code: '350', name: 'Lejre', region: 'sjaelland' },
  { id: 'lolland', code: '360', name: 'Lolland', region: 'sjaelland' },
  { id: 'naestved', code: '370', name: 'Næstved', region: 'sjaelland' },
  { id: 'guldborgsund', code: '376', name: 'Guldborgsund', region: 'sjaelland' },
  { id: 'vordingborg', code: '390', name: 'Vordingborg', region: 'sjaelland' },

  // Region Syddanmark (22)
  { id: 'middelfart', code: '410', name: 'Middelfart', region: 'syddanmark' },
  { id: 'assens', code: '420', name: 'Assens', region: 'syddanmark' },
  { id: 'faaborg-midtfyn', code: '430', name: 'Faaborg-Midtfyn', region: 'syddanmark' },
  { id: 'kerteminde', code: '440', name: 'Kerteminde', region: 'syddanmark' },
  { id: 'nyborg', code: '450', name: 'Nyborg', region: 'syddanmark' },
  { id: 'odense', code: '461', name: 'Odense', region: 'syddanmark' },
  { id: 'svendborg', code: '479', name: 'Svendborg', region: 'syddanmark' },
  { id: 'nordfyns', code: '480', name: 'Nordfyns', region: 'syddanmark' },
  { id: 'langeland', code: '482', name: 'Langeland', region: 'syddanmark' },
  { id: 'aeroe', code: '492', name: 'Ærø', region: 'syddanmark' },
  { id: 'haderslev', code: '510', name: 'Haderslev', region: 'syddanmark' },
  { id: 'billund', code: '530', name: 'Billund', region: 'syddanmark' },
  { id: 'soenderborg', code: '540', name: 'Sønderborg', region: 'syddanmark' },
  { id: 'toender', code: '550', name: 'Tønder', region: 'syddanmark' },
  { id: 'esbjerg', code: '561', name: 'Esbjerg', region: 'syddanmark' },
  { id: 'fanoe', code: '563', name: 'Fanø', region: 'syddanmark' },
  { id: 'varde', code: '573', name: 'Varde', region: 'syddanmark' },
  { id: 'vejen', code: '575', name: 'Vejen', region: 'syddanmark' },
  { id: 'aabenraa', code: '580', name: 'Aabenraa', region: 'syddanmark' },
  { id: 'fredericia', code: '607', name: 'Fredericia', region: 'syddanmark' },
  { id: 'kolding', code: '621', name: 'Kolding', region: 'syddanmark' },
  { id: 'vejle', code: '630', name: 'Vejle', region: 'syddanmark' },

  // Region Midtjylland (19)
  { id: 'horsens', code: '615', name: 'Horsens', region: 'midtjylland' },
  { id: 'herning', code: '657', name: 'Herning', region: 'midtjylland' },
  { id: 'holstebro', code: '661', name: 'Holstebro', region: 'midtjylland' },
  { id: 'lemvig', code: '665', name: 'Lemvig', region: 'midtjylland' },
  { id: 'struer', code: '671', name: 'Struer', region: 'midtjylland' },
  { id: 'syddjurs', code: '706', name: 'Syddjurs', region: 'midtjylland' },
  { id: 'norddjurs', code: '707', name: 'Norddjurs', region: 'midtjylland' },
  { id: 'favrskov', code: '710', name: 'Favrskov', region: 'midtjylland' },
  { id: 'odder', code: '727', name: 'Odder', region: 'midtjylland' },
  { id: 'randers', code: '730', name: 'Randers', region: 'midtjylland' },
  { id: 'silkeborg', code: '740', name: 'Silkeborg', region: 'midtjylland' },
  { id: 'samsoe', code: '741', name: 'Samsø', region: 'midtjylland' },
  { id: 'skanderborg', code: '746', name: 'Skanderborg', region: 'midtjylland' },
  { id: 'aarhus', code: '751', name: 'Aarhus', region: 'midtjylland' },
  { id: 'ikast-brande', code: '756', name: 'Ikast-Brande', region: 'midtjylland' },
  { id: 'ringkoebing-skjern', code: '760', name: 'Ringkøbing-Skjern', region: 'midtjylland' },
  { id: 'hedensted', code: '766', name: 'Hedensted', region: 'midtjylland' },
  { id: 'skive', code: '779', name: 'Skive', region: 'midtjylland' },
  { id: 'viborg', code: '791', name: 'Viborg', region: 'midtjylland' },

  // Region Nordjylland (11)
  { id: 'morsoe', code: '773', name: 'Morsø', region: 'nordjylland' },
  { id: 'thisted', code: '787', name: 'Thisted', region: 'nordjylland' },
  { id: 'broenderslev', code: '810', name: 'Brønderslev', region: 'nordjylland' },
  { id: 'frederikshavn', code: '813', name: 'Frederikshavn', region: 'nordjylland' },
  { id: 'vesthimmerlands', code: '820', name: 'Vesthimmerlands', region: 'nordjylland' },
  { id: 'laesoe', code: '825', name: 'Læsø', region: 'nordjylland' },
  { id: 'rebild', code: '840', name: 'Rebild', region: 'nordjylland' },
  { id: 'mariagerfjord', code: '846', name: 'Mariagerfjord', region: 'nordjylland' },
  { id: 'jammerbugt', code: '849', name: 'Jammerbugt', region: 'nordjylland' },
  { id: 'aalborg', code: '851', name: 'Aalborg', region: 'nordjylland' },
  { id: 'hjoerring', code: '860', name: 'Hjørring', region: 'nordjylland' },
] as const satisfies readonly MunicipalityRow[];

export type MunicipalityId = (typeof MUNICIPALITY_ROWS)[number]['id'];

export interface Municipality {
  readonly id: MunicipalityId;
  /** The official 3-digit municipality code (kommunekode); DAWA and CPR write it with a leading zero: 0101. */
  readonly code: string;
  /** The name in Danish spelling, as DAWA gives it: `København`, `Nordfyns`, `Høje-Taastrup`. */
  readonly name: string;
  /** The municipality's own name for itself: `Københavns Kommune`, `Bornholms Regionskommune`. */
  readonly officialName: string;
  readonly region: RegionId;
  readonly label: LocalizedText;
}

/** Names that differ in English; every other municipality keeps its Danish name. */
const ENGLISH_NAMES: Partial<Record<MunicipalityId, string>> = { koebenhavn: 'Copenhagen' };

const OFFICIAL_NAMES: Partial<Record<MunicipalityId, string>> = {
  koebenhavn: 'Københavns Kommune',
  bornholm: 'Bornholms Regionskommune',
};

/** All 98 municipalities, ordered by region (as in REGIONS) and within a region by code. */
export const MUNICIPALITIES: readonly Municipality[] = Object.freeze(
  MUNICIPALITY_ROWS.map((row) =>
    Object.freeze({
      id: row.id,
      code: row.code,
      name: row.name,
      officialName: OFFICIAL_NAMES[row.id] ?? `${row.name} Kommune`,
      region: row.region,
      label: { da: row.name, en: ENGLISH_NAMES[row.id] ?? row.name },
    }),
  ),
);

export const MUNICIPALITY_IDS: readonly MunicipalityId[] = Object.freeze(MUNICIPALITIES.map((m) => m.id));

const regionsById = new Map<string, Region>(REGIONS.map((r) => [r.id, r]));
const municipalitiesById = new Map<string, Municipality>(MUNICIPALITIES.map((m) => [m.id, m]));
const municipalitiesByCode = new Map<string, Municipality>(MUNICIPALITIES.map((m) => [m.code, m]));

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && regionsById.has(value);
}

export function isMunicipalityId(value: unknown): value is MunicipalityId {
  return typeof value === 'string' && municipalitiesById.has(value);
}

export function regionById(id: string): Region | undefined {
  return regionsById.get(id);
}

/** A region by its ISO 3166-2 code (`DK-84`) or its 4-digit region code (`1084`). */
export function regionByCode(code: string): Region | undefined {
  const value = code.trim().toUpperCase();
  return REGIONS.find((r) => r.isoCode === value || r.code === value);
}

export function municipalityById(id: string): Municipality | undefined {
  return municipalitiesById.get(id);
}

/** A municipality by its code, written `101`, `0101` or as the number 101. */
export function municipalityByCode(code: string | number): Municipality | undefined {
  const value = String(code).trim();
  if (!/^\d{1,4}$/.test(value)) return undefined;
  return municipalitiesByCode.get(String(Number(value)).padStart(3, '0'));
}

/**
 * A municipality by what an import file or a person writes: its name (`Høje-Taastrup`, `høje taastrup`),
 * its official name (`Københavns Kommune`) or its slug. Case and hyphen/space differences are ignored.
 */
export function municipalityByName(name: string): Municipality | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  return MUNICIPALITIES.find(
    (m) => nameKey(m.name) === key || nameKey(m.officialName) === key || m.id === key.replace(/ /g, '-'),
  );
}

function nameKey(value: string): string {
  return value
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The region a municipality belongs to, or undefined for an unknown municipality id. */
export function regionOfMunicipality(id: string): RegionId | undefined {
  return municipalitiesById.get(id)?.region;
}

export function municipalitiesInRegion(regionId: RegionId): readonly Municipality[] {
  return MUNICIPALITIES.filter((m) => m.region === regionId);
}
