import type { SearchDocument } from '@videnbro/search-index';
import { scoreOrganizations, scorePostings, sourceOf, WEIGHTS } from './match-scoring';
import { chunkTerms, contentTerms } from './match-terms';
import { queriesOf } from './matching.service';

const document = (extra: Partial<SearchDocument>): SearchDocument => ({
  id: 'competence-1',
  type: 'competence',
  entityId: '1',
  title: '',
  description: '',
  tags: [],
  formats: [],
  partnerKinds: [],
  languages: ['da'],
  kind: 'university',
  region: null,
  country: 'DK',
  organizationId: 'org-1',
  organizationName: 'Org 1',
  clusterIds: [],
  visibility: 'public',
  status: 'open',
  updatedAt: 0,
  ...extra,
});

const need = document({
  id: 'need-n',
  type: 'need',
  entityId: 'n',
  title: 'Predicting illness in dairy cows',
  description: 'We collect sensor data from cows and want to spot illness earlier.',
  tags: ['Sensors', 'dairy'],
  formats: ['contract_research'],
  partnerKinds: ['university'],
  kind: 'sme',
  region: 'syddanmark',
  organizationId: 'sme',
  clusterIds: ['cluster-a'],
});

describe('terms and queries', () => {
  it('keeps content words in order, without stop words, duplicates or numbers', () => {
    expect(contentTerms('The sensors and the Sensors of 2024: kunstig intelligens på Ærø, CO2')).toEqual([
      'sensors',
      'kunstig',
      'intelligens',
      'ærø',
      'co2',
    ]);
  });

  it('keeps every query within the 10 words Meilisearch reads', () => {
    const words = Array.from({ length: 25 }, (_, index) => `word${String.fromCharCode(97 + index)}`);
    expect(chunkTerms(words, 2).map((chunk) => chunk.split(' ').length)).toEqual([10, 10]);
    const queries = queriesOf([document({ title: words.join(' '), description: words.join(' ') })], null);
    expect(queries.every((query) => query.q.split(' ').length <= 10)).toBe(true);
  });

  it('leaves out words that no candidate has, which would empty a query', () => {
    const found = new Set(['illness', 'dairy', 'cows', 'sensor', 'data']);
    expect(queriesOf([need], found)).toEqual([
      { q: 'illness dairy cows', weight: 1 },
      { q: 'sensor data', weight: 0.5 },
    ]);
  });

  it('turns a need into its title and key terms of its description', () => {
    expect(queriesOf([need], null)).toEqual([
      { q: 'predicting illness dairy cows', weight: 1 },
      { q: 'collect sensor data want spot earlier', weight: 0.5 },
    ]);
  });
});

describe('scoring', () => {
  const fitting = document({
    id: 'competence-a',
    tags: ['sensors', 'dairy'],
    formats: ['contract_research'],
    title: 'Dairy cow sensors',
    region: 'syddanmark',
    organizationId: 'uni',
    clusterIds: ['cluster-a'],
  });
  const other = document({
    id: 'competence-b',
    tags: ['sensors'],
    title: 'Sensor calibration',
    kind: 'gts_institute',
    organizationId: 'gts',
  });

  it('weights sum to 1, so a score is between 0 and 1', () => {
    expect(Object.values(WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1);
  });

  it('scores each signal and names the reasons', () => {
    const [best, second] = scorePostings(
      sourceOf([need], need),
      [
        { document: other, relevance: 0.5 },
        { document: fitting, relevance: 0.5 },
      ],
      null,
      10,
    );
    expect(best.document.id).toBe('competence-a');
    expect(best.reasons).toEqual({
      sharedTerms: ['dairy', 'sensors'],
      sharedTags: ['sensors', 'dairy'],
      formats: ['contract_research'],
      partnerKindFit: true,
      region: 'syddanmark',
      country: 'DK',
      experience: null,
      sharedClusterIds: ['cluster-a'],
      signals: { text: 0.5, tags: 1, formats: 1, partnerKind: 1, region: 1, experience: 0, cluster: 1 },
    });
    expect(second.reasons).toMatchObject({ sharedTags: ['sensors'], partnerKindFit: false, region: null });
    expect(second.reasons.signals.region).toBe(0.5);
    expect(best.score).toBeLessThanOrEqual(1);
  });

  it('breaks ties by id, whatever order the candidates come in', () => {
    const twin = { ...other, id: 'competence-0', organizationId: 'gts-0' };
    const order = (candidates: SearchDocument[]) =>
      scorePostings(
        sourceOf([need], need),
        candidates.map((candidate) => ({ document: candidate, relevance: 0.3 })),
        null,
        10,
      ).map((item) => item.document.id);
    expect(order([other, twin])).toEqual(['competence-0', 'competence-b']);
    expect(order([twin, other])).toEqual(['competence-0', 'competence-b']);
  });

  it('counts a partner across a border as farther away than one in another region', () => {
    const abroad = { ...other, id: 'competence-x', country: 'DE' };
    const [item] = scorePostings(sourceOf([need], need), [{ document: abroad, relevance: 0.5 }], null, 1);
    expect(item.reasons).toMatchObject({ region: null, country: null });
    expect(item.reasons.signals.region).toBe(0);
  });

  it('returns the best `limit` only', () => {
    const ranked = scorePostings(
      sourceOf([need], need),
      [
        { document: other, relevance: 0.5 },
        { document: fitting, relevance: 0.5 },
      ],
      null,
      1,
    );
    expect(ranked.map((item) => item.document.id)).toEqual(['competence-a']);
    expect(ranked[0].reasons.sharedTerms).toEqual(['dairy', 'sensors']);
  });

  it('groups by organisation and counts its experience in the need’s fields', () => {
    const profile = (id: string, kind: SearchDocument['kind']) =>
      document({ id: `organization-${id}`, type: 'organization', entityId: id, organizationId: id, kind });
    const ranked = scoreOrganizations(
      sourceOf([need], need),
      [
        { document: fitting, relevance: 0.4 },
        { document: { ...fitting, id: 'competence-c' }, relevance: 0.2 },
        { document: other, relevance: 0.6 },
      ],
      new Map([
        ['uni', profile('uni', 'university')],
        ['gts', profile('gts', 'gts_institute')],
      ]),
      new Map([
        ['uni', { relevant: 2, inField: 12, total: 20 }],
        ['gts', { relevant: 1, inField: 1, total: 3 }],
      ]),
      {
        postings: 100,
        tags: [
          {
            postings: 20,
            byOrganization: new Map([
              ['uni', 12],
              ['gts', 1],
            ]),
          },
        ],
      },
      10,
    );
    expect(ranked.map((item) => item.document.entityId)).toEqual(['uni', 'gts']);
    expect(ranked[0].postings.map((posting) => posting.document.id)).toEqual([
      'competence-a',
      'competence-c',
    ]);
    expect(ranked[0].reasons.signals.experience).toBe(1);
    expect(ranked[0].reasons.experience).toEqual({ relevant: 2, inField: 12, total: 20 });
  });
});
