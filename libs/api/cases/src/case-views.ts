import { Injectable } from '@nestjs/common';
import type { CaseParty } from '@videnbro/domain';
import type { CaseScope } from './case-access';
import { CaseClock } from './clock';
import { CasesRepository } from './cases.repository';
import type { CaseRow, Contact, EventRow, NamedRef } from './cases.repository';
import type { CaseEventKind } from './entities';

/** A case as one caller sees it. */
export interface CaseView {
  row: CaseRow;
  canBroker: boolean;
  myParties: CaseParty[];
  introduced: boolean;
  overdue: boolean;
  /** The need and competence, unless confidential and of the other side (see postingsFor). */
  need: NamedRef | null;
  competence: NamedRef | null;
  contacts: { company: Contact[]; institution: Contact[] } | null;
  timeline: EventRow[];
}

/** What parties see of the timeline: no notes, mails, owners or outcome bookkeeping. */
const PARTY_EVENT_KINDS: readonly CaseEventKind[] = [
  'created',
  'joined',
  'stage_changed',
  'consent_requested',
  'consent_accepted',
  'consent_declined',
  'message',
];

/**
 * The need and competence a viewer may see named: brokers all; a side its own posting, and the other
 * side's unless it is confidential (`brokers`) and the introduction is not agreed yet. A broker may
 * build a case on a confidential need; the institution learns its title only once the company agreed.
 */
export function postingsFor(
  row: Pick<
    CaseRow,
    'needRef' | 'competenceRef' | 'needConfidential' | 'competenceConfidential' | 'consents'
  >,
  viewer: { canBroker: boolean; parties: readonly CaseParty[] },
): { need: NamedRef | null; competence: NamedRef | null } {
  const open = viewer.canBroker || isIntroduced(row);
  const sees = (side: CaseParty, confidential: boolean) =>
    open || viewer.parties.includes(side) || !confidential;
  return {
    need: sees('company', row.needConfidential) ? row.needRef : null,
    competence: sees('institution', row.competenceConfidential) ? row.competenceRef : null,
  };
}

/** What a side is told the case is about (in its mail, on its link's page): a posting it may see. */
export function subjectFor(
  row: Pick<
    CaseRow,
    'needRef' | 'competenceRef' | 'needConfidential' | 'competenceConfidential' | 'consents'
  >,
  party: CaseParty,
): string | null {
  const { need, competence } = postingsFor(row, { canBroker: false, parties: [party] });
  return (party === 'company' ? (need ?? competence) : (competence ?? need))?.name ?? null;
}

/** Both parties accepted the introduction: their contacts and the thread open. */
export function isIntroduced(row: Pick<CaseRow, 'consents'>): boolean {
  return row.consents.length === 2 && row.consents.every((consent) => consent.status === 'accepted');
}

/**
 * Builds what a caller may see of a case. Until both parties accepted, a party sees neither the other
 * side's members nor who of them acted (events carry the acting side in data.party); brokers see all.
 */
@Injectable()
export class CaseViews {
  constructor(
    private readonly cases: CasesRepository,
    private readonly clock: CaseClock,
  ) {}

  summary(scope: CaseScope, row: CaseRow): CaseView {
    const canBroker = scope.brokers(row);
    const myParties = scope.partiesOf(row);
    return {
      row,
      canBroker,
      myParties,
      introduced: isIntroduced(row),
      overdue: this.isOverdue(row),
      ...postingsFor(row, { canBroker, parties: myParties }),
      contacts: null,
      timeline: [],
    };
  }

  async detail(scope: CaseScope, row: CaseRow): Promise<CaseView> {
    const view = this.summary(scope, row);
    const showContacts = view.canBroker || view.introduced;
    const [company, institution, events] = await Promise.all([
      showContacts ? this.cases.contacts(row.companyId) : [],
      showContacts ? this.cases.contacts(row.institutionId) : [],
      this.cases.events(row.id, view.canBroker ? undefined : PARTY_EVENT_KINDS),
    ]);
    const timeline = view.canBroker
      ? events
      : events
          .filter((event) => event.kind !== 'message' || view.introduced)
          .map((event) => (view.introduced || this.ownSide(view, event) ? event : anonymous(event)));
    return { ...view, contacts: showContacts ? { company, institution } : null, timeline };
  }

  isOverdue(row: Pick<CaseRow, 'nextActionDue' | 'stage'>): boolean {
    return (
      row.nextActionDue !== null &&
      row.nextActionDue < this.clock.today() &&
      row.stage !== 'funded' &&
      row.stage !== 'declined'
    );
  }

  /** An event of the caller's own side, or a broker's (no party): its actor may be named. */
  private ownSide(view: CaseView, event: EventRow): boolean {
    const party = event.data.party as CaseParty | undefined;
    return party === undefined || view.myParties.includes(party);
  }
}

function anonymous(event: EventRow): EventRow {
  return Object.assign(Object.create(Object.getPrototypeOf(event)), event, {
    actorUserId: null,
    actorName: null,
  });
}
