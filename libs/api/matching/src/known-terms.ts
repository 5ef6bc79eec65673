/** How long a word found in the index is trusted without asking again. */
const KNOWN_FOR_MS = 60_000;
/** Entries kept at most; the whole memory is dropped when full (simpler than LRU, rarely reached). */
const MAX_ENTRIES = 200_000;

/**
 * Words known to occur in some posting of a type, under one visibility filter (the key says which, so
 * one caller's knowledge never serves a caller who may see less). Only words found are kept: a word
 * that is absent is asked again every time, so a posting just published is matched at once. A word
 * whose last posting went away is trusted for at most KNOWN_FOR_MS; its query then finds nothing for
 * that word, as before the check existed.
 */
export class KnownTerms {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  has(key: string): boolean {
    const expiry = this.expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry > this.now()) return true;
    this.expiries.delete(key);
    return false;
  }

  add(key: string): void {
    if (this.expiries.size >= MAX_ENTRIES) this.expiries.clear();
    this.expiries.set(key, this.now() + KNOWN_FOR_MS);
  }
}
