import type { MyOrganization } from '@videnbro/web-core';
import { anna } from '@videnbro/web-testing';
import type { Activity, FundingRecord, ImportLine, LinkedCase, Participation } from '../queries/types';

/** A fake API answer. */
type FakeRoute = { status: number; body?: unknown };

export const energy = { id: '11111111-1111-4111-8111-111111111111', name: 'Energy Cluster Denmark' };
export const clean = { id: '22222222-2222-4222-8222-222222222222', name: 'CLEAN' };

const cluster = (ref: { id: string; name: string }) => ({
  organization: { ...ref, kind: 'cluster' },
  memberCount: 10,
});

/** `GET /clusters`: the public list of every cluster. */
export const clusters: FakeRoute = { status: 200, body: { items: [cluster(energy), cluster(clean)] } };

/** Anna as a broker: a member of Energy Cluster Denmark. */
export const broker = anna;
export const brokerOrganizations: FakeRoute = {
  status: 200,
  body: {
    items: [
      {
        organization: { ...energy, kind: 'cluster' },
        role: 'member',
        since: '2025-01-01T00:00:00.000Z',
      } as MyOrganization,
    ],
  },
};
export const noOrganizations: FakeRoute = { status: 200, body: { items: [] } };
export const programme = { ...anna, roles: ['programme' as const] };

/** The routes every activity page asks for, for a broker of Energy Cluster Denmark. */
export const brokerApi = {
  'GET /api/v1/me/organizations': brokerOrganizations,
  'GET /api/v1/clusters': clusters,
};

export const activity: Activity = {
  id: '33333333-3333-4333-8333-333333333333',
  ownerCluster: energy,
  clusters: [energy],
  title: 'Brint i industrien',
  type: 'knowledge_sharing',
  startsOn: '2026-03-05',
  endsOn: '2026-03-05',
  format: 'on_site',
  place: 'Odense',
  fundingSource: 'innovation_power',
  description: 'Morgenmøde om brint.',
  cases: [],
  participatingOrganizations: 2,
  participatingPersons: 3,
  canEdit: true,
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
};

export const participations: Participation[] = [
  {
    id: '44444444-4444-4444-8444-444444444441',
    activityId: '33333333-3333-4333-8333-333333333333',
    organization: {
      id: '55555555-5555-4555-8555-555555555551',
      name: 'Mejeri Nord ApS',
      kind: 'sme',
      cvr: '12345674',
      country: 'DK',
      verified: true,
    },
    role: 'participant',
    persons: 2,
    createdAt: '2026-02-02T10:00:00.000Z',
  },
  {
    id: '44444444-4444-4444-8444-444444444442',
    activityId: '33333333-3333-4333-8333-333333333333',
    organization: {
      id: '55555555-5555-4555-8555-555555555552',
      name: 'Syddansk Universitet',
      kind: 'university',
      cvr: null,
      country: 'DK',
      verified: true,
    },
    role: 'speaker',
    persons: 1,
    createdAt: '2026-02-02T10:00:00.000Z',
  },
];

/** Energy Cluster Denmark's cases. */
export const linkedCases: LinkedCase[] = [
  {
    id: '77777777-7777-4777-8777-777777777771',
    company: 'Mejeri Nord ApS',
    institution: 'Syddansk Universitet',
    stage: 'introduced',
  },
  {
    id: '77777777-7777-4777-8777-777777777772',
    company: 'Vindmølle Vest A/S',
    institution: 'Aarhus Universitet',
    stage: 'meeting_held',
  },
];

/** `GET /cases?cluster=…` with those cases (only the fields the pages read). */
export const casesPage: FakeRoute = {
  status: 200,
  body: {
    items: linkedCases.map(({ id, company, institution, stage }) => ({
      id,
      stage,
      company: { id: `${id.slice(0, -1)}a`, name: company, kind: 'sme' },
      institution: { id: `${id.slice(0, -1)}b`, name: institution, kind: 'university' },
    })),
    total: linkedCases.length,
    page: 1,
    limit: 100,
  },
};

export const page = (items: Activity[]) => ({ items, total: items.length, page: 1, limit: 20 });

const mejeriNord = {
  organizationId: '55555555-5555-4555-8555-555555555551',
  name: 'Mejeri Nord ApS',
  kind: 'sme' as const,
  verified: true,
};
const vindVest = {
  organizationId: '55555555-5555-4555-8555-555555555553',
  name: 'Vindmølle Vest A/S',
  kind: 'large_company' as const,
  verified: true,
};

/** A preview: a participant already, a match by domain, a new organisation, a bad line, a repeated line. */
export const previewLines: ImportLine[] = [
  {
    line: 2,
    input: { name: 'Mejeri Nord', cvr: '12345674', email_domain: null, country: 'DK' },
    errors: [],
    match: { ...mejeriNord, by: 'cvr' },
    proposal: null,
    alreadyParticipating: true,
    duplicateOfLine: null,
  },
  {
    line: 3,
    input: { name: 'Vindmølle Vest A/S', cvr: null, email_domain: 'vindvest.dk', country: 'DK' },
    errors: [],
    match: { ...vindVest, by: 'domain' },
    proposal: null,
    alreadyParticipating: false,
    duplicateOfLine: null,
  },
  {
    line: 4,
    input: { name: 'Hydrogen GmbH', cvr: null, email_domain: 'hydrogen.de', country: 'DE' },
    errors: [],
    match: null,
    proposal: {
      name: 'Hydrogen GmbH',
      cvr: null,
      country: 'DE',
      website: 'https://hydrogen.de',
      kind: 'other',
    },
    alreadyParticipating: false,
    duplicateOfLine: null,
  },
  {
    line: 5,
    input: { name: null, cvr: '1234', email_domain: null, country: 'DK' },
    errors: [
      { field: 'name', message: 'The name is missing' },
      { field: 'cvr', message: 'CVR must have 8 digits' },
    ],
    match: null,
    proposal: null,
    alreadyParticipating: false,
    duplicateOfLine: null,
  },
  {
    line: 6,
    input: { name: 'Vindmølle Vest', cvr: null, email_domain: 'vindvest.dk', country: 'DK' },
    errors: [],
    match: { ...vindVest, by: 'domain' },
    proposal: null,
    alreadyParticipating: false,
    duplicateOfLine: 3,
  },
];

export const preview = {
  lines: previewLines,
  summary: { lines: 5, matched: 3, proposed: 1, alreadyParticipating: 1, duplicates: 1, withErrors: 1 },
};

export const fundingRecords: FundingRecord[] = [
  {
    id: '66666666-6666-4666-8666-666666666661',
    cluster: energy,
    year: 2026,
    source: 'innovation_power',
    amountDkk: 1250000,
    status: 'spent',
    activity: null,
    case: null,
    note: null,
    canEdit: true,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
  },
  {
    id: '66666666-6666-4666-8666-666666666662',
    cluster: energy,
    year: 2026,
    source: 'eu',
    amountDkk: 3400000,
    status: 'secured',
    activity: null,
    case: null,
    note: 'Horizon Europe',
    canEdit: true,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
  },
];

export const validationError = (field: string, message: string): FakeRoute => ({
  status: 400,
  body: {
    statusCode: 400,
    error: 'Bad Request',
    message: 'Validation failed',
    details: [{ field, message }],
  },
});
