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
