import type { Match } from '../queries/matches';
import type { SearchHit, SearchResult } from '../queries/search';

export const robotNeed: SearchHit = {
  type: 'need',
  id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e01',
  title: 'Robot welding of small series',
  titleHighlight: '<mark>Robot</mark> welding of small series',
  snippet: '…we weld 5 &lt;b&gt;variants&lt;/b&gt; by hand &amp; want a <mark>robot</mark> cell…',
  organization: { id: '0b8f3d8e-7f43-4c1e-9d55-5a0c6f2e9a01', name: 'Smedje Syd ApS', kind: 'sme' },
  region: 'syddanmark',
  tags: ['robotics', 'welding'],
  formats: ['contract_research'],
  visibility: 'public',
  status: 'open',
};

export const robotCompetence: SearchHit = {
  ...robotNeed,
  type: 'competence',
  id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e02',
  title: 'Collaborative robots',
  titleHighlight: 'Collaborative <mark>robots</mark>',
  snippet: '',
  organization: {
    id: '3c2a9e61-1b0f-4f7e-8d8a-2f6b7c1d9e02',
    name: 'Syddansk Universitet',
    kind: 'university',
  },
  tags: [],
};

export const university: SearchHit = {
  ...robotCompetence,
  type: 'organization',
  id: robotCompetence.organization.id,
  title: 'Syddansk Universitet',
  titleHighlight: 'Syddansk Universitet',
  snippet: 'SDU <mark>Robotics</mark>',
  status: null,
};

export const clusterId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01';

export function result(hits: SearchHit[], overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    hits,
    total: hits.length,
    page: 1,
    limit: 20,
    processingTimeMs: 3,
    facets: {
      types: [{ value: 'need', count: 1 }],
      kind: [
        { value: 'sme', count: 2 },
        { value: 'university', count: 1 },
      ],
      region: [{ value: 'syddanmark', count: 3 }],
      formats: [{ value: 'contract_research', count: 2 }],
      tags: [{ value: 'robotics', count: 2 }],
      cluster: [{ value: clusterId, count: 1, name: 'Odense Robotics' }],
    },
    ...overrides,
  };
}

const noReasons: Match['reasons'] = {
  sharedTerms: [],
  sharedTags: [],
  formats: [],
  partnerKindFit: null,
  region: null,
  country: null,
  experience: null,
  sharedClusters: [],
  signals: { text: 0, tags: 0, formats: 0, partnerKind: 0.5, region: 0, experience: 0, cluster: 0 },
};

/** An institution matched to a need, with its best competence and a reason of every kind. */
export const institutionMatch: Match = {
  type: 'organization',
  id: robotCompetence.organization.id,
  title: 'Syddansk Universitet',
  organization: robotCompetence.organization,
  region: 'syddanmark',
  score: 0.82,
  reasons: {
    sharedTerms: ['robot', 'svejsning'],
    sharedTags: ['robotics'],
    formats: ['contract_research', 'student_project'],
    partnerKindFit: true,
    region: 'syddanmark',
    country: 'DK',
    experience: { relevant: 3, inField: 2, total: 9 },
    sharedClusters: [{ id: clusterId, name: 'Odense Robotics' }],
    signals: { text: 0.9, tags: 0.5, formats: 1, partnerKind: 1, region: 1, experience: 0.7, cluster: 1 },
  },
  postings: [
    { type: 'competence', id: robotCompetence.id, title: robotCompetence.title, tags: [], relevance: 0.9 },
  ],
};

/** A need matched to a competence, with only a shared keyword. */
export const needMatch: Match = {
  type: 'need',
  id: robotNeed.id,
  title: robotNeed.title,
  organization: robotNeed.organization,
  region: null,
  score: 0.4,
  reasons: { ...noReasons, sharedTags: ['welding'] },
};
