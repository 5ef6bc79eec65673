import type { MyOrganization } from '@videnbro/web-core';
import { anna } from '@videnbro/web-testing';
import type { Case, CaseEvent, CaseListItem, ConsentLink } from '../queries/types';

export const CASE_ID = '0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c01';
export const energy = { id: '11111111-1111-4111-8111-111111111111', name: 'Energy Cluster Denmark' };
export const clean = { id: '22222222-2222-4222-8222-222222222222', name: 'CLEAN' };
export const mejeri = {
  id: '33333333-3333-4333-8333-333333333333',
  name: 'Mejeri Nord ApS',
  kind: 'sme' as const,
};
export const sdu = {
  id: '44444444-4444-4444-8444-444444444444',
  name: 'Syddansk Universitet',
  kind: 'university' as const,
};
export const need = { id: '55555555-5555-4555-8555-555555555555', name: 'Sensorer til mælketanke' };
export const competence = { id: '66666666-6666-4666-8666-666666666666', name: 'IoT-sensorik' };
export const broker = { id: '77777777-7777-4777-8777-777777777777', name: 'Bo Broker' };

const at = '2026-03-02T09:00:00.000Z';

export function event(overrides: Partial<CaseEvent> & Pick<CaseEvent, 'kind'>): CaseEvent {
  return {
    id: `e${Math.random().toString(16).slice(2)}`,
    occurredAt: at,
    actor: { id: anna.id, name: anna.name },
    body: null,
    data: {},
    ...overrides,
  };
}

export function listItem(overrides: Partial<CaseListItem> = {}): CaseListItem {
  return {
    id: CASE_ID,
    stage: 'suggested',
    origin: 'company_request',
    company: mejeri,
    institution: sdu,
    need,
    competence: null,
    ownerCluster: energy,
    clusters: [energy],
    ownerUser: null,
    nextAction: null,
    nextActionDue: null,
    overdue: false,
    consents: [],
    introduced: false,
    canBroker: false,
    myParties: ['company'],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    ...listItem(),
    routing: 'company_membership',
    routingTerms: [],
    outcome: { collaborationType: null, applicationsSubmitted: 0, funding: [], fundingTotalDkk: 0 },
    contacts: null,
    timeline: [event({ kind: 'created', data: { origin: 'company_request', party: 'company' } })],
    ...overrides,
  };
}

/** Both asked, the company's side (the caller) still to answer. */
export const proposed = (overrides: Partial<Case> = {}) =>
  aCase({
    stage: 'introduced',
    consents: [
      { party: 'company', status: 'pending', answeredAt: null },
      { party: 'institution', status: 'accepted', answeredAt: at },
    ],
    ...overrides,
  });

/** Both accepted: contacts and the thread are open. */
export const introduced = (overrides: Partial<Case> = {}) =>
  aCase({
    stage: 'introduced',
    introduced: true,
    consents: [
      { party: 'company', status: 'accepted', answeredAt: at },
      { party: 'institution', status: 'accepted', answeredAt: at },
    ],
    contacts: {
      company: [{ userId: anna.id, name: anna.name, email: anna.email }],
      institution: [
        { userId: '88888888-8888-4888-8888-888888888888', name: 'Ida Forsker', email: 'ida@sdu.dk' },
      ],
    },
    ...overrides,
  });

/** As a broker of Energy Cluster Denmark sees a case. */
export const brokered = (overrides: Partial<Case> = {}) =>
  aCase({ canBroker: true, myParties: [], clusters: [energy, clean], ...overrides });

export function page(items: CaseListItem[], total = items.length) {
  return { status: 200, body: { items, total, page: 1, limit: 20 } };
}

export function membership(organization: { id: string; name: string; kind: string }): MyOrganization {
  return {
    organization: { ...organization, kind: organization.kind } as MyOrganization['organization'],
    role: 'member',
    since: '2025-01-01T00:00:00.000Z',
  };
}

export function mine(...organizations: { id: string; name: string; kind: string }[]) {
  return { 'GET /api/v1/me/organizations': { status: 200, body: { items: organizations.map(membership) } } };
}

export const link = (overrides: Partial<ConsentLink> = {}): ConsentLink => ({
  party: 'institution',
  organizationName: sdu.name,
  counterpartName: mejeri.name,
  subject: need.name,
  clusterName: energy.name,
  status: 'pending',
  expiresAt: '2026-03-16T09:00:00.000Z',
  ...overrides,
});
