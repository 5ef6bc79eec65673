import type { Caller } from '@videnbro/access';

/**
 * What matching asks about the caller: the Meilisearch filter of what they may see, or null when they
 * may see every indexed document. Search owns that rule (its visibility filter); the app wires search's
 * provider in through `MatchingModule.register`, since one feature library may not import another.
 * Matching adds it to every query, so a match never shows what a search would not.
 */
export interface MatchVisibility {
  visibilityFilterOf(caller: Caller | undefined): Promise<string | null>;
}

export const MATCH_VISIBILITY = Symbol('MatchVisibility');
