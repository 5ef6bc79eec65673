import {
  CODE_SYSTEM,
  industryCode,
  isValidNaceCode,
  NACE_DIVISIONS,
  NACE_SECTION_CODES,
  NACE_SECTIONS,
  naceDivision,
  naceDivisionsInSection,
  naceSection,
  normaliseNaceCode,
} from './index';

describe('NACE Rev. 2 / DB07 structure', () => {
  it('is DB07', () => {
    expect(CODE_SYSTEM).toBe('DB07');
  });

  it('has the 21 sections A–U', () => {
    expect(NACE_SECTIONS).toHaveLength(21);
    expect(NACE_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(NACE_SECTIONS.map((s) => s.code)).toEqual([...NACE_SECTION_CODES]);
  });

  it('has the 88 divisions, unique and in code order', () => {
    expect(NACE_DIVISIONS).toHaveLength(88);
    const codes = NACE_DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(88);
    expect(codes).toEqual([...codes].sort());
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
  });

  it('leaves out the codes NACE Rev. 2 does not use', () => {
    for (const gap of ['00', '04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) {
      expect(naceDivision(gap)).toBeUndefined();
    }
  });

  it('puts every division in an existing section, and every section has divisions', () => {
    const sections = new Set<string>(NACE_SECTION_CODES);
    for (const d of NACE_DIVISIONS) expect(sections.has(d.section)).toBe(true);
    const counts = Object.fromEntries(NACE_SECTION_CODES.map((s) => [s, naceDivisionsInSection(s).length]));
    expect(counts).toEqual({
      A: 3,
      B: 5,
      C: 24,
      D: 1,
      E: 4,
      F: 3,
      G: 3,
      H: 5,
      I: 2,
      J: 6,
      K: 3,
      L: 1,
      M: 7,
      N: 6,
      O: 1,
      P: 1,
      Q: 3,
      R: 4,
      S: 3,
      T: 2,
      U: 1,
    });
  });

  it('names every section and division in Danish and English', () => {
    for (const entry of [...NACE_SECTIONS, ...NACE_DIVISIONS]) {
      expect(entry.label.da.trim()).not.toBe('');
      expect(entry.label.en.trim()).not.toBe('');
    }
  });
});

describe('lookups', () => {
  it.each([
    ['62', 'J', 'Computer programming, consultancy and related activities'],
    ['62.01.00', 'J', 'Computer programming, consultancy and related activities'],
    ['620100', 'J', 'Computer programming, consultancy and related activities'],
    ['21.20.00', 'C', 'Manufacture of basic pharmaceutical products and pharmaceutical preparations'],
    ['105100', 'C', 'Manufacture of food products'],
    ['28.11.00', 'C', 'Manufacture of machinery and equipment n.e.c.'],
    ['72.11.00', 'M', 'Scientific research and development'],
    ['711200', 'M', 'Architectural and engineering activities; technical testing and analysis'],
    ['01', 'A', 'Crop and animal production, hunting and related service activities'],
    ['99', 'U', 'Activities of extraterritorial organisations and bodies'],
  ])('%s is in section %s: %s', (code, section, english) => {
    expect(naceDivision(code)?.label.en).toBe(english);
    expect(naceDivision(code)?.section).toBe(section);
    expect(naceSection(code)?.code).toBe(section);
  });

  it('finds a section by its letter, in either case', () => {
    expect(naceSection('C')?.label).toEqual({ da: 'Fremstillingsvirksomhed', en: 'Manufacturing' });
    expect(naceSection('j')?.code).toBe('J');
    expect(naceDivision('J')).toBeUndefined();
  });

  it('answers undefined for unknown codes', () => {
    expect(naceSection('V')).toBeUndefined();
    expect(naceSection('34')).toBeUndefined();
    expect(naceDivision('340000')).toBeUndefined();
    expect(naceDivision('nonsense')).toBeUndefined();
  });
});

describe('isValidNaceCode and normaliseNaceCode', () => {
  it.each([
    ['A', 'A'],
    ['u', 'U'],
    ['62', '62'],
    ['01', '01'],
    [' 62 ', '62'],
    ['62.01.00', '62.01.00'],
    ['620100', '62.01.00'],
    ['62 01 00', '62.01.00'],
    ['011100', '01.11.00'],
    ['10.51.00', '10.51.00'],
  ])('accepts %j as %s', (input, canonical) => {
    expect(isValidNaceCode(input)).toBe(true);
    expect(normaliseNaceCode(input)).toBe(canonical);
  });

  it.each([
    '',
    'V',
    'Z',
    'AB',
    '1',
    '6',
    '00',
    '34',
    '340000',
    '34.00.00',
    '6201',
    '62.01',
    '6201000',
    '62-01-00',
    'J62',
  ])('rejects %j', (input) => {
    expect(isValidNaceCode(input)).toBe(false);
    expect(normaliseNaceCode(input)).toBeNull();
  });

  it('attaches the code system to a stored code', () => {
    expect(industryCode('620100')).toEqual({ system: 'DB07', code: '62.01.00' });
    expect(industryCode('340000')).toBeNull();
  });
});
