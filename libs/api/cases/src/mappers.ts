import { subjectFor } from './case-views';
import type { CaseView } from './case-views';
import type { EventRow } from './cases.repository';
import type { CaseDto, CaseEventDto, CaseListItemDto, ConsentLinkDto } from './dto/case.dto';
import type { ConsentLinkView } from './case-consents.service';

export function toCaseListItemDto(view: CaseView): CaseListItemDto {
  const { row } = view;
  return {
    id: row.id,
    stage: row.stage,
    origin: row.origin,
    company: row.companyRef,
    institution: row.institutionRef,
    need: view.need,
    competence: view.competence,
    ownerCluster: row.clusterRefs[0],
    clusters: row.clusterRefs,
    ownerUser: row.ownerUserRef,
    nextAction: row.nextAction,
    nextActionDue: row.nextActionDue,
    overdue: view.overdue,
    consents: row.consents.map((consent) => ({
      party: consent.party,
      status: consent.status,
      answeredAt: consent.answeredAt?.toISOString() ?? null,
      ...(view.canBroker ? { declineReason: consent.declineReason } : {}),
    })),
    introduced: view.introduced,
    canBroker: view.canBroker,
    myParties: view.myParties,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCaseDto(view: CaseView): CaseDto {
  const { row } = view;
  return {
    ...toCaseListItemDto(view),
    routing: row.routing,
    routingTerms: row.routingTerms,
    outcome: {
      collaborationType: row.collaborationType,
      applicationsSubmitted: row.applicationsSubmitted,
      funding: row.funding.map(({ source, amountDkk }) => ({ source, amountDkk })),
      fundingTotalDkk: row.funding.reduce((sum, f) => sum + f.amountDkk, 0),
    },
    contacts: view.contacts,
    timeline: view.timeline.map(toCaseEventDto),
  };
}

export function toCaseEventDto(event: EventRow): CaseEventDto {
  return {
    id: event.id,
    kind: event.kind,
    occurredAt: event.occurredAt.toISOString(),
    actor: event.actorUserId && event.actorName ? { id: event.actorUserId, name: event.actorName } : null,
    body: event.body,
    data: event.data,
  };
}

export function toConsentLinkDto({ consent, row }: ConsentLinkView): ConsentLinkDto {
  const company = consent.party === 'company';
  return {
    party: consent.party,
    organizationName: company ? row.companyRef.name : row.institutionRef.name,
    counterpartName: company ? row.institutionRef.name : row.companyRef.name,
    subject: subjectFor(row, consent.party),
    clusterName: row.clusterRefs[0]?.name ?? '',
    status: consent.status,
    expiresAt: consent.tokenExpiresAt.toISOString(),
  };
}
