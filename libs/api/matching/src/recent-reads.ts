/** How long a value read from the index is trusted without asking again. */
const TRUSTED_FOR_MS = 60_000;

/**
 * Facts read from the search index lately, trusted for a minute: which words occur in postings, how many
 * postings carry a tag or belong to an organisation, organisation profiles. Keys must name the visibility
 * filter the fact was read under, so that one caller's reads never serve a caller who may see less.
 * Figures that are a minute old weigh a ranking as well as fresh ones; candidates themselves are never
 * remembered, so a posting just published is matched at once.
 */
export class RecentReads<V> {
  private readonly entries = new Map<string, { value: V; expiry: number }>();

  /**
   * @param maxEntries kept at most: the whole memory is dropped when full (simpler than LRU, rarely
   * reached); sized by what an entry weighs.
   */
  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiry > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expiry: this.now() + TRUSTED_FOR_MS });
  }
}
