import { KnownTerms } from './known-terms';

describe('KnownTerms', () => {
  it('knows a word it was told for a minute, then asks again', () => {
    let now = 1_000;
    const known = new KnownTerms(() => now);
    expect(known.has('a')).toBe(false);
    known.add('a');
    now += 59_999;
    expect(known.has('a')).toBe(true);
    expect(known.has('b')).toBe(false);
    now += 1;
    expect(known.has('a')).toBe(false);
  });

  it('renews a word told again', () => {
    let now = 0;
    const known = new KnownTerms(() => now);
    known.add('a');
    now = 50_000;
    known.add('a');
    now = 100_000;
    expect(known.has('a')).toBe(true);
  });
});
