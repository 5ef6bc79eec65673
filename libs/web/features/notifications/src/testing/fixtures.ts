import type { Notification, NotificationPreference } from '../queries/notifications';
import type { SavedSearch } from '../queries/saved-searches';

export const caseId = '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const needId = '6d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f50';

const base = { delivery: 'in_app' as const, readAt: null, createdAt: '2026-11-27T09:30:00.000Z' };
const names = { company: 'Smedje Syd ApS', institution: 'Syddansk Universitet', cluster: 'Odense Robotics' };

/** Newest first, as the API lists them: an unread stage change, an unread match, a read consent. */
export const stageChanged: Notification = {
  ...base,
  id: 'a0000000-0000-4000-8000-000000000001',
  kind: 'stage_changed',
  params: { ...names, from: 'introduced', to: 'meeting_held' },
  link: `/cases/${caseId}`,
};

export const savedSearchMatch: Notification = {
  ...base,
  id: 'a0000000-0000-4000-8000-000000000002',
  kind: 'saved_search_match',
  params: {
    savedSearchName: 'Robotter',
    postingType: 'need',
    title: 'Robot welding of small series',
    organizationName: 'Smedje Syd ApS',
  },
  link: `/needs/${needId}`,
  createdAt: '2026-11-26T08:00:00.000Z',
};

export const consentAnswered: Notification = {
  ...base,
  id: 'a0000000-0000-4000-8000-000000000003',
  kind: 'consent_answered',
  params: { ...names, party: 'institution', decision: 'accepted' },
  link: `/cases/${caseId}`,
  createdAt: '2026-11-20T12:00:00.000Z',
  readAt: '2026-11-21T12:00:00.000Z',
};

export const page = (items: Notification[], total = items.length) => ({ items, total, page: 1, limit: 20 });

export const preferences: NotificationPreference[] = [
  { kind: 'case_assigned', delivery: 'email', isDefault: true },
  { kind: 'introduction_proposed', delivery: 'email', isDefault: true },
  { kind: 'consent_answered', delivery: 'email', isDefault: true },
  { kind: 'stage_changed', delivery: 'in_app', isDefault: true },
  { kind: 'message', delivery: 'off', isDefault: false },
  { kind: 'saved_search_match', delivery: 'digest', isDefault: true },
];

export const robots: SavedSearch = {
  id: 'b0000000-0000-4000-8000-000000000001',
  name: 'Robotter i Syddanmark',
  query: {
    q: 'robot',
    types: ['need'],
    region: ['syddanmark'],
    formats: ['contract_research'],
    tags: ['welding'],
  },
  createdAt: '2026-11-02T10:00:00.000Z',
};

export const everything: SavedSearch = {
  id: 'b0000000-0000-4000-8000-000000000002',
  name: 'Alt nyt',
  query: {},
  createdAt: '2026-10-01T10:00:00.000Z',
};
