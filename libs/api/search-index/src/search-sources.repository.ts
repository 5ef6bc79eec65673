import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { documentId, organizationDocument, postingDocument, SEARCHABLE_STATUSES } from './search-documents';
import type { OrganizationSourceRow, PostingSourceRow, SearchDocument, SearchType } from './search-documents';

/** The entities one batch of outbox rows names, by type. */
export interface EntityRefs {
  need: string[];
  competence: string[];
  organization: string[];
}

/** What the index should hold for some documents: the document, or null where it must be deleted. */
export type DesiredDocuments = Map<string, SearchDocument | null>;

const POSTING_TABLES = { need: 'needs', competence: 'competencies' } as const;

// The owner's live clusters: whose brokers may read its `brokers` postings (see posting-visibility.ts).
const clusterIdsOf = (organizationColumn: string) =>
  `coalesce((select array_agg(cm.cluster_id::text) from cluster_memberships cm` +
  ` join organizations c on c.id = cm.cluster_id and c.deleted_at is null` +
  ` where cm.member_organization_id = ${organizationColumn}), '{}')`;

/**
 * Reads the current rows behind search documents. Raw SQL on the tables of the organisations and
 * postings features, which this data-access library may not import; the columns read are listed here.
 */
@Injectable()
export class SearchSourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The documents the index should hold for these entities, now. An organisation brings along its
   * postings (they carry its name, region and clusters) and, for a cluster, its member organisations.
   */
  async desiredDocuments(refs: EntityRefs): Promise<DesiredDocuments> {
    const organizationIds = await this.withClusterMembers(refs.organization);
    const desired: DesiredDocuments = new Map();
    for (const id of organizationIds) desired.set(documentId('organization', id), null);
    for (const row of await this.organizationRows(organizationIds)) {
      desired.set(documentId('organization', row.id), organizationDocument(row));
    }
    for (const type of ['need', 'competence'] as const) {
      const ids = [...new Set([...refs[type], ...(await this.postingIdsOf(type, organizationIds))])];
      for (const id of ids) desired.set(documentId(type, id), null);
      for (const row of await this.postingRows(type, { ids })) {
        desired.set(documentId(type, row.id), postingDocument(type, row));
      }
    }
    return desired;
  }

  /** Every indexable document of one type, a page at a time in id order (for a full reindex). */
  async page(type: SearchType, afterId: string | null, limit: number): Promise<SearchDocument[]> {
    if (type === 'organization') {
      return (await this.organizationRows(null, afterId, limit)).map(organizationDocument);
    }
    return (await this.postingRows(type, { afterId, limit })).map((row) => postingDocument(type, row));
  }

  /** How many documents of each type the index should hold. */
  async counts(): Promise<Record<SearchType, number>> {
    const postings = (['need', 'competence'] as const).map(
      (type) =>
        `(select count(*) from ${POSTING_TABLES[type]} p join organizations o` +
        ` on o.id = p.organization_id and o.deleted_at is null` +
        ` where p.deleted_at is null and p.status = any($1))::int as ${type}`,
    );
    const [row] = await this.dataSource.query(
      `select (select count(*) from organizations where deleted_at is null)::int as organization, ` +
        postings.join(', '),
      [SEARCHABLE_STATUSES],
    );
    return row;
  }

  private async withClusterMembers(organizationIds: string[]): Promise<string[]> {
    if (!organizationIds.length) return [];
    const members: { id: string }[] = await this.dataSource.query(
      `select distinct member_organization_id::text as id from cluster_memberships where cluster_id = any($1)`,
      [organizationIds],
    );
    return [...new Set([...organizationIds, ...members.map((member) => member.id)])];
  }

  /** Every posting of these organisations, deleted or not (their documents may have to go). */
  private async postingIdsOf(type: 'need' | 'competence', organizationIds: string[]): Promise<string[]> {
    if (!organizationIds.length) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `select id::text from ${POSTING_TABLES[type]} where organization_id = any($1)`,
      [organizationIds],
    );
    return rows.map((row) => row.id);
  }

  private organizationRows(ids: string[] | null, afterId: string | null = null, limit = 0) {
    if (ids && !ids.length) return Promise.resolve([]);
    const params: unknown[] = [ids ?? afterId];
    const where = ids ? 'o.id = any($1)' : '($1::uuid is null or o.id > $1)';
    return this.dataSource.query(
      `select o.id::text, o.kind, o.name, o.description, o.tags, o.strength_areas, o.languages, o.region, o.country,` +
        ` o.updated_at, ${clusterIdsOf('o.id')} as cluster_ids` +
        ` from organizations o where o.deleted_at is null and ${where}` +
        ` order by o.id${limit ? ` limit ${Number(limit)}` : ''}`,
      params,
    ) as Promise<OrganizationSourceRow[]>;
  }

  private postingRows(
    type: 'need' | 'competence',
    select: { ids: string[] } | { afterId: string | null; limit: number },
  ): Promise<PostingSourceRow[]> {
    const byIds = 'ids' in select;
    if (byIds && !select.ids.length) return Promise.resolve([]);
    const partnerKinds = type === 'need' ? 'p.partner_kinds' : 'null::varchar[]';
    return this.dataSource.query(
      `select p.id::text, p.organization_id::text, p.title, p.description, p.tags, p.formats,` +
        ` ${partnerKinds} as partner_kinds, p.languages, p.region_preference, p.visibility, p.status,` +
        ` p.updated_at, o.name as organization_name, o.kind as organization_kind,` +
        ` o.region as organization_region, o.country as organization_country, o.updated_at as organization_updated_at,` +
        ` ${clusterIdsOf('p.organization_id')} as cluster_ids` +
        ` from ${POSTING_TABLES[type]} p join organizations o on o.id = p.organization_id and o.deleted_at is null` +
        ` where p.deleted_at is null and p.status = any($1)` +
        (byIds ? ' and p.id = any($2)' : ' and ($2::uuid is null or p.id > $2)') +
        ` order by p.id${byIds ? '' : ` limit ${Number(select.limit)}`}`,
      [SEARCHABLE_STATUSES, byIds ? select.ids : select.afterId],
    );
  }
}
