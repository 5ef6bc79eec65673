import type { MyOrganization } from '@videnbro/web-core';
import { anna } from '@videnbro/web-testing';
import type { CaseCard, CaseDetail, CasePage, InboxNeed, InboxPage } from '../queries/types';

/** A fake API answer. */
type FakeRoute = { status: number; body?: unknown };

export const energy = { id: '11111111-1111-4111-8111-111111111111', name: 'Energy Cluster Denmark' };
export const food = { id: '22222222-2222-4222-8222-222222222222', name: 'Food & Bio Cluster' };
export const bo = { id: '99999999-9999-4999-8999-999999999999', name: 'Bo Broker' };

/** Anna as a broker: a member of both clusters. */
export const brokerOrganizations: FakeRoute = {
  status: 200,
  body: {
    items: [energy, food].map(
      (cluster) =>
        ({
          organization: { ...cluster, kind: 'cluster' },
          role: 'member',
          since: '2025-01-01T00:00:00.000Z',
        }) as MyOrganization,
    ),
  },
};

export const mejeri = {
  id: '33333333-3333-4333-8333-333333333331',
  name: 'Mejeri Nord ApS',
  kind: 'sme' as const,
};
export const windco = { id: '33333333-3333-4333-8333-333333333332', name: 'Vind ApS', kind: 'sme' as const };
export const sdu = { id: '44444444-4444-4444-8444-444444444441', name: 'SDU', kind: 'university' as const };
export const dtu = { id: '44444444-4444-4444-8444-444444444442', name: 'DTU', kind: 'university' as const };

export function card(id: string, changes: Partial<CaseCard> = {}): CaseCard {
  return {
    id,
    stage: 'suggested',
    origin: 'company_request',
    company: mejeri,
    institution: sdu,
    need: { id: '55555555-5555-4555-8555-555555555551', name: 'Sensorer i mejeriet' },
    competence: null,
    ownerCluster: energy,
    clusters: [energy],
    ownerUser: null,
    nextAction: null,
    nextActionDue: null,
    overdue: false,
    consents: [],
    introduced: false,
    canBroker: true,
    myParties: [],
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-02T10:00:00.000Z',
    ...changes,
  };
}

/** Suggested: a new request, owned by Bo, its next action overdue. */
export const suggested = card('66666666-6666-4666-8666-666666666661', {
  ownerUser: bo,
  nextAction: 'Ring til Mejeri Nord',
  nextActionDue: '2026-11-20',
  overdue: true,
});
/** Introduced, the consents still pending. */
export const pending = card('66666666-6666-4666-8666-666666666662', {
  stage: 'introduced',
  company: windco,
  institution: dtu,
  need: null,
  consents: [
    { party: 'company', status: 'pending', answeredAt: null },
    { party: 'institution', status: 'pending', answeredAt: null },
  ],
});
/** Introduced and accepted by both. */
export const accepted = card('66666666-6666-4666-8666-666666666663', {
  stage: 'introduced',
  company: windco,
  institution: sdu,
  introduced: true,
});

export const casePage = (items: CaseCard[], total = items.length): CasePage => ({
  items,
  total,
  page: 1,
  limit: 50,
});

/** `GET /cases` by its `stage` parameter, from the given cards. */
export function casesByStage(cards: CaseCard[]) {
  return (request: Request): FakeRoute => {
    const stage = new URL(request.url).searchParams.get('stage');
    return { status: 200, body: casePage(cards.filter((c) => c.stage === stage)) };
  };
}

/** A case as `PATCH`/`POST /cases` answer it. */
export function detail(from: CaseCard, changes: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...from,
    routing: 'broker',
    routingTerms: [],
    outcome: { collaborationType: null, applicationsSubmitted: 0, funding: [], fundingTotalDkk: 0 },
    contacts: null,
    timeline: [],
    ...changes,
  };
}

export const inboxNeed: InboxNeed = {
  need: { id: '55555555-5555-4555-8555-555555555552', name: 'Forudsig sygdom hos køer' },
  company: mejeri,
  tags: ['sensorer', 'mælk'],
  visibility: 'brokers',
  createdAt: '2026-11-25T09:00:00.000Z',
  matches: [
    {
      institution: sdu,
      competence: { id: '77777777-7777-4777-8777-777777777771', name: 'Maskinlæring på sensordata' },
      score: 0.82,
      sharedTags: ['sensorer'],
      sharedTerms: ['sygdom'],
    },
    { institution: dtu, competence: null, score: 0.41, sharedTags: [], sharedTerms: ['køer'] },
  ],
};

export const inboxPage = (items: InboxNeed[], total = items.length): InboxPage => ({
  items,
  total,
  page: 1,
  limit: 10,
});

export { anna };
