import { STOP_WORDS } from '@videnbro/search-index';

/** Meilisearch reads at most 10 words of a query; our queries stay within that. */
export const MAX_QUERY_WORDS = 10;

const STOP = new Set(STOP_WORDS);
// Words too short to carry meaning on their own (keeps `ai`, `it`, `co2`-like tokens of 2+ letters out
// only when they are stop words; single letters and numbers never help a match).
const MIN_TERM_LENGTH = 2;

/**
 * The content words of a text, lower-cased, in order of first appearance, without stop words and
 * duplicates. Letters of every script count (æ, ø, å, ü …); digits only inside a word (`co2`, `5g`).
 */
export function contentTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? []) {
    if (word.length < MIN_TERM_LENGTH || STOP.has(word) || !/\p{L}/u.test(word)) continue;
    terms.add(word);
  }
  return [...terms];
}

/** Terms in groups of at most MAX_QUERY_WORDS, each group one Meilisearch query. */
export function chunkTerms(terms: readonly string[], maxChunks: number): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < terms.length && chunks.length < maxChunks; start += MAX_QUERY_WORDS) {
    chunks.push(terms.slice(start, start + MAX_QUERY_WORDS).join(' '));
  }
  return chunks;
}

/** The terms of `source` that also occur in `target`, in the source's order. */
export function sharedTerms(source: readonly string[], target: ReadonlySet<string>): string[] {
  return source.filter((term) => target.has(term));
}
