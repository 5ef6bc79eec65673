import type { CaseStage } from '@videnbro/domain';
import type { EntityManager } from 'typeorm';

/**
 * A case an activity or funding record is tied to, as a short label: its parties and stage. The cases
 * tables belong to the cases feature, which this one may not import, so they are read with SQL.
 */
export interface LinkedCase {
  id: string;
  company: string;
  institution: string;
  stage: CaseStage;
  /** The clusters that broker it: only their brokers (and admins) see its parties. */
  clusterIds: string[];
}

/** The cases among the ids, ordered by their parties' names; unknown ids are left out. */
export function linkedCases(db: EntityManager, caseIds: readonly string[]): Promise<LinkedCase[]> {
  if (!caseIds.length) return Promise.resolve([]);
  return db.query<LinkedCase[]>(
    `select c.id, co.name as company, io.name as institution, c.stage,
            array(select cc.cluster_id::text from case_clusters cc where cc.case_id = c.id) as "clusterIds"
       from cases c
       join organizations co on co.id = c.company_id
       join organizations io on io.id = c.institution_id
      where c.id = any($1)
      order by co.name, io.name, c.id`,
    [caseIds],
  );
}

/** The cases among the ids that one of the clusters brokers. */
export async function casesBrokeredBy(
  db: EntityManager,
  caseIds: readonly string[],
  clusterIds: readonly string[],
): Promise<string[]> {
  if (!caseIds.length) return [];
  const rows = await db.query<{ case_id: string }[]>(
    `select distinct case_id from case_clusters where case_id = any($1) and cluster_id = any($2)`,
    [caseIds, clusterIds],
  );
  return rows.map((row) => row.case_id);
}
