import { synonymsOf } from './index-settings';
import { organizationDocument, postingDocument } from './search-documents';
import type { PostingSourceRow } from './search-documents';

const row: PostingSourceRow = {
  id: 'n1',
  organization_id: 'o1',
  title: 'Sensors for cows',
  description: 'Spot illness early.',
  tags: ['sensors'],
  formats: ['contract_research'],
  partner_kinds: ['university'],
  languages: ['da'],
  region_preference: null,
  visibility: 'brokers',
  status: 'open',
  updated_at: new Date('2026-01-01T00:00:00Z'),
  organization_name: 'Fjordmejeriet ApS',
  organization_kind: 'sme',
  organization_region: 'midtjylland',
  organization_country: 'DK',
  organization_updated_at: new Date('2026-02-01T00:00:00Z'),
  cluster_ids: ['c2', 'c1'],
};

describe('search documents', () => {
  it('carry what the visibility filter needs, and fall back to the owner region', () => {
    expect(postingDocument('need', row)).toEqual({
      id: 'need-n1',
      type: 'need',
      entityId: 'n1',
      title: 'Sensors for cows',
      description: 'Spot illness early.',
      tags: ['sensors'],
      formats: ['contract_research'],
      partnerKinds: ['university'],
      languages: ['da'],
      kind: 'sme',
      region: 'midtjylland',
      country: 'DK',
      organizationId: 'o1',
      organizationName: 'Fjordmejeriet ApS',
      clusterIds: ['c1', 'c2'],
      visibility: 'brokers',
      status: 'open',
      updatedAt: Date.parse('2026-02-01T00:00:00Z') / 1000,
    });
    expect(postingDocument('competence', { ...row, region_preference: 'nordjylland' }).region).toBe(
      'nordjylland',
    );
  });

  it('make organisations public, found by their tags and strength areas', () => {
    const document = organizationDocument({
      id: 'c1',
      kind: 'cluster',
      name: 'Food & Bio Cluster',
      description: null,
      tags: ['food'],
      strength_areas: ['Food', 'Bioeconomy'],
      languages: [],
      region: null,
      country: 'DK',
      updated_at: new Date(0),
      cluster_ids: [],
    });
    expect(document).toMatchObject({
      id: 'organization-c1',
      visibility: 'public',
      status: null,
      description: '',
    });
    expect(document.tags).toEqual(['food', 'bioeconomy']);
  });
});

describe('synonyms', () => {
  it('make every term of a group a synonym of every other', () => {
    expect(synonymsOf([['ai', 'kunstig intelligens', 'artificial intelligence']])).toEqual({
      ai: ['kunstig intelligens', 'artificial intelligence'],
      'kunstig intelligens': ['ai', 'artificial intelligence'],
      'artificial intelligence': ['ai', 'kunstig intelligens'],
    });
  });
});
