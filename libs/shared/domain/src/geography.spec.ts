import {
  isMunicipalityId,
  isRegionId,
  MUNICIPALITIES,
  MUNICIPALITY_IDS,
  municipalitiesInRegion,
  municipalityByCode,
  municipalityById,
  municipalityByName,
  REGION_IDS,
  regionByCode,
  regionById,
  regionOfMunicipality,
  REGIONS,
} from './index';

/** The slug rule: Danish letters transliterated, words joined by hyphens. */
function slug(name: string): string {
  return name
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s-]+/g, '-');
}

describe('regions', () => {
  it('has the 5 regions with their ISO 3166-2 codes', () => {
    expect(REGIONS.map((r) => [r.id, r.isoCode, r.code])).toEqual([
      ['hovedstaden', 'DK-84', '1084'],
      ['sjaelland', 'DK-85', '1085'],
      ['syddanmark', 'DK-83', '1083'],
      ['midtjylland', 'DK-82', '1082'],
      ['nordjylland', 'DK-81', '1081'],
    ]);
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
  });

  it('names every region in Danish and English', () => {
    for (const r of REGIONS) {
      expect(r.label.da).toMatch(/^Region /);
      expect(r.label.en.length).toBeGreaterThan(0);
    }
    expect(regionById('sjaelland')?.label).toEqual({ da: 'Region Sjælland', en: 'Region Zealand' });
  });

  it('finds a region by id or code', () => {
    expect(regionById('midtjylland')?.isoCode).toBe('DK-82');
    expect(regionById('abroad')).toBeUndefined();
    expect(regionByCode('dk-81')?.id).toBe('nordjylland');
    expect(regionByCode('1084')?.id).toBe('hovedstaden');
    expect(regionByCode('DK-86')).toBeUndefined();
    expect(isRegionId('syddanmark')).toBe(true);
    expect(isRegionId('Syddanmark')).toBe(false);
  });
});

describe('municipalities', () => {
  it('has all 98, with 29/17/22/19/11 per region', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    const counts = Object.fromEntries(REGION_IDS.map((id) => [id, municipalitiesInRegion(id).length]));
    expect(counts).toEqual({
      hovedstaden: 29,
      sjaelland: 17,
      syddanmark: 22,
      midtjylland: 19,
      nordjylland: 11,
    });
  });

  it('has unique slugs, codes and names', () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.id)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    expect(MUNICIPALITY_IDS).toEqual(MUNICIPALITIES.map((m) => m.id));
  });

  it('derives every slug from the name', () => {
    for (const m of MUNICIPALITIES) expect(m.id).toBe(slug(m.name));
  });

  it('uses 3-digit codes from 101 to 860 and leaves out Christiansø (411)', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{3}$/);
      expect(Number(m.code)).toBeGreaterThanOrEqual(101);
      expect(Number(m.code)).toBeLessThanOrEqual(860);
    }
    expect(municipalityByCode('411')).toBeUndefined();
    expect(MUNICIPALITIES.some((m) => m.name === 'Christiansø')).toBe(false);
  });

  it('lists each region in code order', () => {
    for (const id of REGION_IDS) {
      const codes = municipalitiesInRegion(id).map((m) => Number(m.code));
      expect(codes).toEqual([...codes].sort((a, b) => a - b));
    }
  });

  it.each([
    ['101', 'koebenhavn', 'København', 'hovedstaden'],
    ['147', 'frederiksberg', 'Frederiksberg', 'hovedstaden'],
    ['169', 'hoeje-taastrup', 'Høje-Taastrup', 'hovedstaden'],
    ['400', 'bornholm', 'Bornholm', 'hovedstaden'],
    ['265', 'roskilde', 'Roskilde', 'sjaelland'],
    ['360', 'lolland', 'Lolland', 'sjaelland'],
    ['461', 'odense', 'Odense', 'syddanmark'],
    ['492', 'aeroe', 'Ærø', 'syddanmark'],
    ['580', 'aabenraa', 'Aabenraa', 'syddanmark'],
    ['615', 'horsens', 'Horsens', 'midtjylland'],
    ['751', 'aarhus', 'Aarhus', 'midtjylland'],
    ['773', 'morsoe', 'Morsø', 'nordjylland'],
    ['851', 'aalborg', 'Aalborg', 'nordjylland'],
    ['860', 'hjoerring', 'Hjørring', 'nordjylland'],
  ])('code %s is %s (%s) in %s', (code, id, name, regionId) => {
    const m = municipalityByCode(code);
    expect(m?.id).toBe(id);
    expect(m?.name).toBe(name);
    expect(m?.region).toBe(regionId);
    expect(regionOfMunicipality(id)).toBe(regionId);
  });

  it('places the examples in DOMAIN.md in their regions', () => {
    const examples: Record<string, string[]> = {
      hovedstaden: ['København', 'Frederiksberg', 'Gentofte', 'Hillerød', 'Helsingør', 'Bornholm'],
      sjaelland: ['Roskilde', 'Næstved', 'Holbæk', 'Køge', 'Slagelse', 'Kalundborg', 'Lolland'],
      syddanmark: ['Odense', 'Esbjerg', 'Kolding', 'Vejle', 'Sønderborg', 'Svendborg', 'Aabenraa'],
      midtjylland: ['Aarhus', 'Herning', 'Horsens', 'Randers', 'Silkeborg', 'Viborg', 'Holstebro'],
      nordjylland: ['Aalborg', 'Hjørring', 'Frederikshavn', 'Thisted', 'Brønderslev', 'Rebild'],
    };
    for (const [regionId, names] of Object.entries(examples)) {
      for (const name of names) expect(municipalityByName(name)?.region).toBe(regionId);
    }
  });

  it('finds a municipality by code in any notation', () => {
    expect(municipalityByCode('0101')?.id).toBe('koebenhavn');
    expect(municipalityByCode(101)?.id).toBe('koebenhavn');
    expect(municipalityByCode(' 751 ')?.id).toBe('aarhus');
    expect(municipalityByCode('999')).toBeUndefined();
    expect(municipalityByCode('abc')).toBeUndefined();
  });

  it('finds a municipality by name, official name or slug', () => {
    expect(municipalityByName('Københavns Kommune')?.id).toBe('koebenhavn');
    expect(municipalityByName('Bornholms Regionskommune')?.id).toBe('bornholm');
    expect(municipalityByName('høje taastrup')?.id).toBe('hoeje-taastrup');
    expect(municipalityByName('LYNGBY-TAARBÆK KOMMUNE')?.id).toBe('lyngby-taarbaek');
    expect(municipalityByName('ringkoebing-skjern')?.id).toBe('ringkoebing-skjern');
    expect(municipalityByName('Nordfyns Kommune')?.id).toBe('nordfyns');
    expect(municipalityByName('Christiansø')).toBeUndefined();
    expect(municipalityByName('  ')).toBeUndefined();
  });

  it('labels København as Copenhagen in English and keeps the Danish name elsewhere', () => {
    expect(municipalityById('koebenhavn')?.label).toEqual({ da: 'København', en: 'Copenhagen' });
    expect(municipalityById('hoeje-taastrup')?.label).toEqual({ da: 'Høje-Taastrup', en: 'Høje-Taastrup' });
    expect(municipalityById('aarhus')?.officialName).toBe('Aarhus Kommune');
  });

  it('answers undefined for an unknown municipality', () => {
    expect(regionOfMunicipality('christiansoe')).toBeUndefined();
    expect(regionOfMunicipality('')).toBeUndefined();
    expect(isMunicipalityId('aarhus')).toBe(true);
    expect(isMunicipalityId('aarhus ')).toBe(false);
    expect(isMunicipalityId(751)).toBe(false);
  });
});
