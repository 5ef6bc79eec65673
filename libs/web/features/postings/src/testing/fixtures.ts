import type { MyOrganization } from '@videnbro/web-core';
import { anna } from '@videnbro/web-testing';
import type { Member, Posting } from '../queries/postings';

export const company: MyOrganization = {
  organization: {
    id: '0b8f3d8e-7f43-4c1e-9d55-5a0c6f2e9a01',
    name: 'Mejeri Nord ApS',
    kind: 'sme',
  } as MyOrganization['organization'],
  role: 'member',
  since: '2025-01-01T00:00:00.000Z',
};

export const university: MyOrganization = {
  organization: {
    id: '3c2a9e61-1b0f-4f7e-8d8a-2f6b7c1d9e02',
    name: 'Aarhus Universitet',
    kind: 'university',
  } as MyOrganization['organization'],
  role: 'member',
  since: '2025-01-01T00:00:00.000Z',
};

export const members: Member[] = [
  { userId: anna.id, name: anna.name, email: anna.email, role: 'member', since: '2025-01-01T00:00:00.000Z' },
  {
    userId: '5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a03',
    name: 'Bo Jensen',
    email: 'bo@mejeri-nord.dk',
    role: 'owner',
    since: '2025-01-01T00:00:00.000Z',
  },
];

/** A need of Anna's company, as its members get it (with the contact person). */
export const need: Posting = {
  id: '9a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c05',
  organization: { id: company.organization.id, name: company.organization.name, kind: 'sme' },
  title: 'Sensordata fra malkerobotter',
  description: '## Problemet\n\nVi vil **forudsige** sygdom hos køer ud fra sensordata.',
  tags: ['sensorer', 'maskinlæring'],
  formats: ['student_project', 'contract_research'],
  partnerKinds: ['university'],
  regionPreference: 'nordjylland',
  languages: ['da'],
  visibility: 'brokers',
  status: 'draft',
  externalId: null,
  budgetBand: '100k_500k',
  timeframe: 'within_6_months',
  contact: { userId: anna.id, name: anna.name, email: anna.email },
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  canEdit: true,
};

/** The same need as someone outside the company sees it: no contact field at all, not editable. */
export const needAsOutsider: Posting = (({ contact: _contact, ...rest }) => ({
  ...rest,
  status: 'open',
  canEdit: false,
}))(need);

/** The same need as a colleague of its author sees it: contact details, but only the author or an admin edits. */
export const needAsColleague: Posting = { ...need, canEdit: false };

export const page = (items: Posting[]) => ({ items, total: items.length, page: 1, limit: 20 });
