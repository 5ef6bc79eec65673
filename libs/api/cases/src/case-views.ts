import { Injectable } from '@nestjs/common';
import type { CaseParty } from '@videnbro/domain';
import type { CaseScope } from './case-access';
import { CaseClock } from './clock';
import { CasesRepository } from './cases.repository';
import type { CaseRow, Contact, EventRow } from './cases.repository';
import type { CaseEventKind } from './entities';

/** A case as one caller sees it. */
export interface CaseView {
  row: CaseRow;
  canBroker: boolean;
  myParties: CaseParty[];
  introduced: boolean;
  overdue: boolean;
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
    return {
      row,
      canBroker: scope.brokers(row),
      myParties: scope.partiesOf(row),
      introduced: isIntroduced(row),
      overdue: this.isOverdue(row),
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
