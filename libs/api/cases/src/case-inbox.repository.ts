import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOSED_CASE_STAGES } from '@videnbro/domain';
import type { Visibility } from '@videnbro/domain';
import { DataSource } from 'typeorm';
import type { OrganizationRef } from './entities/refs';

/** A need waiting in a cluster's inbox. */
export interface InboxNeedRow {
  id: string;
  title: string;
  tags: string[];
  visibility: Visibility;
  createdAt: Date;
  company: OrganizationRef;
}

/**
 * The open needs (published, not closed) of a cluster's member organisations that no open case is
 * about: the brokers' inbox. A need leaves it as soon as a case on it opens, whoever opened it.
 */
const INBOX = `
  from needs n
  join organizations o on o.id = n.organization_id and o.deleted_at is null
 where n.deleted_at is null and n.status not in ('draft', 'closed')
   and exists (select 1 from cluster_memberships cm
                where cm.cluster_id = $1 and cm.member_organization_id = n.organization_id)
   and not exists (select 1 from cases c where c.need_id = n.id and c.stage <> all($2))`;

@Injectable()
export class CaseInboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of the cluster's inbox, newest need first, and the inbox's size. */
  async page(
    clusterId: string,
    page: number,
    limit: number,
  ): Promise<{ items: InboxNeedRow[]; total: number }> {
    const params = [clusterId, CLOSED_CASE_STAGES];
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<InboxNeedRow[]>(
        `select n.id, n.title, n.tags, n.visibility, n.created_at as "createdAt",
                json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) as company
           ${INBOX}
          order by n.created_at desc, n.id desc
          offset $3 limit $4`,
        [...params, (page - 1) * limit, limit],
      ),
      this.dataSource.query<{ total: number }[]>(`select count(*)::int as total ${INBOX}`, params),
    ]);
    return { items, total };
  }
}
