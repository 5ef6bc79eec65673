import type { ApiOrganization, MyOrganization, OrganizationRole } from '@videnbro/web-core';
import { anna } from '@videnbro/web-testing';
import type { MyJoinRequest } from '../queries/organizations';

export const ORG_ID = '0b7e7c1e-4a55-4bb0-9d0c-3c8e2f6f1a01';
export const OTHER_ORG_ID = '5f0c9c1a-7d0e-4a8e-8b1f-2a9d4e6c7b02';

export function organization(overrides: Partial<ApiOrganization> = {}): ApiOrganization {
  return {
    id: ORG_ID,
    name: 'Fjordmejeriet ApS',
    kind: 'sme',
    cvr: '12345674',
    employeeBand: '10-49',
    industryCodes: ['10', '10.51.00'],
    codeSystem: 'DB07',
    country: 'DK',
    region: 'midtjylland',
    municipality: 'aarhus',
    city: 'Aarhus C',
    website: 'https://fjordmejeriet.dk',
    description: 'Vi laver ost.\n\nOg smør.',
    languages: ['da', 'en'],
    tags: ['mejeri', 'fermentering'],
    strengthAreas: [],
    isSme: true,
    isKnowledgeInstitution: false,
    isDemo: false,
    verified: true,
    externalId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function membership(role: OrganizationRole, org = organization()): MyOrganization {
  return { organization: org, role, since: '2025-01-01T00:00:00.000Z' };
}

/** The fake API's answer to `GET /me/organizations`. */
export function mine(...items: MyOrganization[]) {
  return { 'GET /api/v1/me/organizations': { status: 200, body: { items } } };
}

export function myJoinRequest(overrides: Partial<MyJoinRequest> = {}): MyJoinRequest {
  return {
    id: '7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a03',
    organization: { id: OTHER_ORG_ID, name: 'Aarhus Universitet' },
    message: null,
    status: 'pending',
    createdAt: '2025-03-04T10:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

/** The fake API's answer to `GET /me/join-requests`. */
export function myJoinRequests(...items: MyJoinRequest[]) {
  return { 'GET /api/v1/me/join-requests': { status: 200, body: { items } } };
}

export const annaId = anna.id;
