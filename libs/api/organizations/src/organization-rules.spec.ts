import { resolveProfile } from './organization-rules';
import type { OrganizationProfile } from './organization-rules';

const create = (input: Parameters<typeof resolveProfile>[1], requireCvr = true) =>
  resolveProfile(null, input, { requireCvr });

const fieldsOf = (result: ReturnType<typeof resolveProfile>) => result.problems.map((p) => p.field);

describe('resolveProfile', () => {
  it('normalises a CVR number written with a DK prefix, spaces or hyphens', () => {
    for (const cvr of ['DK12345674', 'dk 1234 5674', '12-34-56-74', ' 12345674 ']) {
      const result = create({ kind: 'sme', name: 'Acme', cvr });
      expect(result.problems).toEqual([]);
      expect(result.profile.cvr).toBe('12345674');
    }
  });

  it.each([
    ['24256791', /check digit/],
    ['35254119', /check digit/],
    ['1234567', /8 digits/],
    ['02345678', /start with 0/],
    ['abcdefgh', /8 digits/],
  ])('refuses the CVR number %s', (cvr, message) => {
    const result = create({ kind: 'sme', name: 'Acme', cvr });
    expect(result.problems).toEqual([{ field: 'cvr', message: expect.stringMatching(message) }]);
  });

  it('requires a CVR number of a Danish company created in the web app, not of others', () => {
    expect(fieldsOf(create({ kind: 'sme', name: 'Acme' }))).toEqual(['cvr']);
    expect(fieldsOf(create({ kind: 'large_company', name: 'Acme', cvr: '  ' }))).toEqual(['cvr']);
    expect(fieldsOf(create({ kind: 'sme', name: 'Acme', country: 'SE' }))).toEqual([]);
    expect(fieldsOf(create({ kind: 'university', name: 'KU' }))).toEqual([]);
    expect(fieldsOf(create({ kind: 'sme', name: 'Import' }, false))).toEqual([]);
    // Invalid but optional: still refused.
    expect(fieldsOf(create({ kind: 'sme', name: 'Import', cvr: '24256791' }, false))).toEqual(['cvr']);
  });

  it('derives the region from the municipality and refuses a contradiction', () => {
    const derived = create({ kind: 'university', name: 'AU', municipality: 'aarhus' });
    expect(derived.profile.region).toBe('midtjylland');
    const contradiction = create({
      kind: 'university',
      name: 'AU',
      municipality: 'aarhus',
      region: 'hovedstaden',
    });
    expect(contradiction.problems).toEqual([
      { field: 'region', message: 'aarhus lies in region midtjylland, not hovedstaden' },
    ]);
  });

  it('keeps region and municipality for Danish organisations only', () => {
    const abroad = create({ kind: 'university', name: 'Lund', country: 'se', region: 'hovedstaden' });
    expect(abroad.profile.country).toBe('SE');
    expect(fieldsOf(abroad)).toEqual(['region']);
    const current: OrganizationProfile = {
      ...create({ kind: 'university', name: 'X', municipality: 'aalborg' }).profile,
    };
    const moved = resolveProfile(current, { country: 'NO' }, { requireCvr: true });
    expect(moved.problems).toEqual([]);
    expect(moved.profile).toMatchObject({ country: 'NO', region: null, municipality: null });
  });

  it('normalises industry codes to DB07 and refuses unknown ones', () => {
    const result = create({
      kind: 'university',
      name: 'X',
      industryCodes: ['620100', '62.01.00', 'j', '72'],
    });
    expect(result.profile.industryCodes).toEqual(['62.01.00', 'J', '72']);
    expect(result.profile.codeSystem).toBe('DB07');
    expect(fieldsOf(create({ kind: 'university', name: 'X', industryCodes: ['00', 'Z'] }))).toEqual([
      'industryCodes',
      'industryCodes',
    ]);
  });

  it('gives strength areas to clusters only, and drops them when a cluster becomes something else', () => {
    expect(fieldsOf(create({ kind: 'sme', name: 'A', cvr: '12345674', strengthAreas: ['Energi'] }))).toEqual([
      'strengthAreas',
    ]);
    const cluster = create({ kind: 'cluster', name: 'C', strengthAreas: [' Energi ', 'Energi', ''] });
    expect(cluster.profile.strengthAreas).toEqual(['Energi']);
    const other = resolveProfile(cluster.profile, { kind: 'other' }, { requireCvr: true });
    expect(other.profile.strengthAreas).toEqual([]);
  });

  it('normalises tags and text fields, and clears with null', () => {
    const result = create({
      kind: 'university',
      name: '  Aarhus Universitet ',
      tags: ['Robotics', ' robotics', 'AI  Ethics'],
      city: '  ',
      description: ' Research. ',
    });
    expect(result.profile).toMatchObject({
      name: 'Aarhus Universitet',
      tags: ['robotics', 'ai ethics'],
      city: null,
      description: 'Research.',
    });
    const cleared = resolveProfile(result.profile, { description: null }, { requireCvr: true });
    expect(cleared.profile.description).toBeNull();
    expect(
      fieldsOf(create({ kind: 'other', name: 'X', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })),
    ).toEqual(['tags']);
  });
});
