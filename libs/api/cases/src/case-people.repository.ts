import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Who is involved in a case, for its notifications: read in the transaction of the change. */
@Injectable()
export class CasePeopleRepository {
  /** The brokers of the clusters: their members. */
  async brokersOf(manager: EntityManager, clusterIds: readonly string[]): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `select distinct user_id as "userId" from organization_memberships where organization_id = any($1::uuid[])`,
      [clusterIds],
    );
    return rows.map((row) => row.userId);
  }

  /** The users who wrote in the case's message thread, while still members of the organisations. */
  async threadWritersOf(
    manager: EntityManager,
    caseId: string,
    organizationIds: readonly string[],
  ): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `select distinct e.actor_user_id as "userId" from case_events e
         join organization_memberships m on m.user_id = e.actor_user_id and m.organization_id = any($3::uuid[])
        where e.case_id = $1 and e.kind = $2`,
      [caseId, 'message', organizationIds],
    );
    return rows.map((row) => row.userId);
  }
}
