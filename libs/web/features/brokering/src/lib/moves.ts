import { CASE_TRANSITIONS, CONSENTED_CASE_STAGES, type CaseStage } from '@videnbro/domain';

/** What a move depends on: where the card is, and whether both parties accepted the introduction. */
export interface Movable {
  stage: CaseStage;
  introduced: boolean;
  canBroker: boolean;
}

/** Why a move is refused before asking the API: not the caller's to move, no such step, or no consent yet. */
export type MoveRefusal = 'notYours' | 'notAllowed' | 'needsConsent';

/**
 * Whether a case may move to a stage, by the one transition table of the domain and the API's rule
 * that the stages after the introduction need both parties' consent. Null when it may.
 */
export function refusalOf(card: Movable, to: CaseStage): MoveRefusal | null {
  if (!card.canBroker) return 'notYours';
  if (!CASE_TRANSITIONS[card.stage].includes(to)) return 'notAllowed';
  if ((CONSENTED_CASE_STAGES as readonly CaseStage[]).includes(to) && !card.introduced) return 'needsConsent';
  return null;
}

/** The stages a card may move to now, in pipeline order: what its "Move to…" menu offers. */
export function allowedMoves(card: Movable): CaseStage[] {
  return CASE_TRANSITIONS[card.stage].filter((to) => refusalOf(card, to) === null);
}
