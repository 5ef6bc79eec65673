import { auditValue, diff } from './diff';

interface Thing {
  name: string;
  tags: string[];
  website: string | null;
  updatedAt: Date;
  secret: string;
}

const fields = ['name', 'tags', 'website', 'updatedAt'] as const;

describe('diff', () => {
  const before: Thing = {
    name: 'Acme',
    tags: ['a', 'b'],
    website: null,
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    secret: 'x',
  };

  it('lists only the changed fields, with from and to', () => {
    expect(diff(before, { ...before, name: 'Acme A/S', website: 'https://acme.dk' }, fields)).toEqual({
      name: { from: 'Acme', to: 'Acme A/S' },
      website: { from: null, to: 'https://acme.dk' },
    });
  });

  it('finds nothing when nothing changed, arrays and dates compared by value', () => {
    expect(
      diff(before, { ...before, tags: ['a', 'b'], updatedAt: new Date('2026-01-01T00:00:00Z') }, fields),
    ).toEqual({});
  });

  it('sees a changed array order or content, and stores dates as ISO strings', () => {
    expect(
      diff(before, { ...before, tags: ['b', 'a'], updatedAt: new Date('2026-02-01T00:00:00Z') }, fields),
    ).toEqual({
      tags: { from: ['a', 'b'], to: ['b', 'a'] },
      updatedAt: { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
    });
  });

  it('compares only the listed fields', () => {
    expect(diff(before, { ...before, secret: 'y' }, fields)).toEqual({});
  });

  it('treats a creation as from null and a deletion as to null, skipping fields that stay empty', () => {
    expect(diff(null, { name: 'New', tags: [], website: null }, ['name', 'tags', 'website'])).toEqual({
      name: { from: null, to: 'New' },
      tags: { from: null, to: [] },
    });
    expect(diff({ name: 'Old' }, undefined, ['name'])).toEqual({ name: { from: 'Old', to: null } });
  });
});

describe('auditValue', () => {
  it('turns undefined into null and dates into ISO strings, deeply', () => {
    expect(auditValue(undefined)).toBeNull();
    expect(auditValue({ at: new Date(0), list: [new Date(0), undefined] })).toEqual({
      at: '1970-01-01T00:00:00.000Z',
      list: ['1970-01-01T00:00:00.000Z', null],
    });
  });
});
