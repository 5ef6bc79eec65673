import { RecentReads } from './recent-reads';

describe('RecentReads', () => {
  it('gives a value it was told for a minute, then forgets it', () => {
    let now = 1_000;
    const reads = new RecentReads<number>(10, () => now);
    expect(reads.get('a')).toBeUndefined();
    reads.set('a', 7);
    now += 59_999;
    expect(reads.get('a')).toBe(7);
    expect(reads.get('b')).toBeUndefined();
    now += 1;
    expect(reads.get('a')).toBeUndefined();
  });

  it('renews a value told again, with the new value', () => {
    let now = 0;
    const reads = new RecentReads<number>(10, () => now);
    reads.set('a', 1);
    now = 50_000;
    reads.set('a', 2);
    now = 100_000;
    expect(reads.get('a')).toBe(2);
  });

  it('forgets everything when full, so its memory stays bounded', () => {
    const reads = new RecentReads<number>(2, () => 0);
    reads.set('a', 1);
    reads.set('b', 2);
    reads.set('c', 3);
    expect([reads.get('a'), reads.get('b'), reads.get('c')]).toEqual([undefined, undefined, 3]);
  });
});
