import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityType } from '@videnbro/domain';
import { DataSource, EntityManager } from 'typeorm';
import { casesBrokeredBy, linkedCases } from './case-links';
import type { LinkedCase } from './case-links';
import { Activity, ActivityCase, ActivityCluster } from './entities';
import { ORGANIZATION_ENTITY } from './entities/refs';
import type { OrganizationRef } from './entities/refs';

export interface ActivityFilters {
  /** Only activities one of these clusters organises; null: every cluster's. */
  clusterIds: readonly string[] | null;
  /** Activities that overlap [from, to]: ending on or after `from`, starting on or before `to`. */
  from?: string;
  to?: string;
  type?: ActivityType;
  /** Part of the title, case-insensitive. */
  q?: string;
  page: number;
  limit: number;
}

export interface ClusterRef {
  id: string;
  name: string;
}

/** An activity as read: its organising clusters (the owner first), linked cases and participation counts. */
export interface ActivityRow extends Activity {
  clusterRefs: ClusterRef[];
  cases: LinkedCase[];
  participatingOrganizations: number;
  participatingPersons: number;
}

export type ActivityValues = Pick<
  Activity,
  'title' | 'type' | 'startsOn' | 'endsOn' | 'format' | 'place' | 'fundingSource' | 'description'
>;

/** Activities and the clusters that organise them. Soft-deleted activities are invisible here. */
@Injectable()
export class ActivitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs work in one transaction: the change and its audit entries commit together. */
  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  /** A page of activities, newest start first. */
  async list(filters: ActivityFilters): Promise<{ items: ActivityRow[]; total: number }> {
    const query = this.dataSource.manager
      .getRepository(Activity)
      .createQueryBuilder('a')
      .where('a.deleted_at is null');
    if (filters.clusterIds) {
      query.andWhere(
        'exists (select 1 from activity_clusters ac where ac.activity_id = a.id and ac.cluster_id = any(:clusterIds))',
        { clusterIds: filters.clusterIds },
      );
    }
    if (filters.from) query.andWhere('a.ends_on >= :from', { from: filters.from });
    if (filters.to) query.andWhere('a.starts_on <= :to', { to: filters.to });
    if (filters.type) query.andWhere('a.type = :type', { type: filters.type });
    if (filters.q) query.andWhere('a.title ilike :q', { q: containsPattern(filters.q) });
    const [activities, total] = await query
      .orderBy('a.starts_on', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset((filters.page - 1) * filters.limit)
      .limit(filters.limit)
      .getManyAndCount();
    return { items: await this.withDetails(activities), total };
  }

  /** The activity with its clusters and counts, or null. */
  async findById(id: string, manager?: EntityManager): Promise<ActivityRow | null> {
    const activity = await (manager ?? this.dataSource.manager).getRepository(Activity).findOneBy({ id });
    return activity ? (await this.withDetails([activity], manager))[0] : null;
  }

  /** Reads and locks the row until the transaction ends: changes to one activity queue up. */
  lock(manager: EntityManager, id: string): Promise<Activity | null> {
    return manager
      .getRepository(Activity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id and a.deleted_at is null', { id })
      .getOne();
  }

  /** The ids of the clusters that organise the activity. */
  async clusterIdsOf(manager: EntityManager, activityId: string): Promise<string[]> {
    const links = await manager.getRepository(ActivityCluster).findBy({ activityId });
    return links.map((link) => link.clusterId);
  }

  /** The ids of the cases the activity is linked to. */
  async caseIdsOf(manager: EntityManager, activityId: string): Promise<string[]> {
    const links = await manager.getRepository(ActivityCase).findBy({ activityId });
    return links.map((link) => link.caseId);
  }

  async setCases(manager: EntityManager, activityId: string, caseIds: readonly string[]): Promise<void> {
    const links = manager.getRepository(ActivityCase);
    await links.delete({ activityId });
    if (caseIds.length) await links.insert(caseIds.map((caseId) => ({ activityId, caseId })));
  }

  /** The cases among the ids that one of the clusters brokers. */
  casesBrokeredBy(
    caseIds: readonly string[],
    clusterIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    return casesBrokeredBy(manager, caseIds, clusterIds);
  }

  /** Cases linked to the activity, with the clusters that broker them. */
  async linkedCasesOf(manager: EntityManager, activityId: string): Promise<LinkedCase[]> {
    return linkedCases(manager, await this.caseIdsOf(manager, activityId));
  }

  async insert(
    manager: EntityManager,
    values: ActivityValues & { ownerClusterId: string; createdBy: string },
    clusterIds: readonly string[],
    caseIds: readonly string[],
  ): Promise<Activity> {
    const repository = manager.getRepository(Activity);
    const activity = await repository.save(repository.create(values));
    await this.setClusters(manager, activity.id, clusterIds);
    await this.setCases(manager, activity.id, caseIds);
    return activity;
  }

  async update(manager: EntityManager, id: string, values: ActivityValues): Promise<void> {
    await manager.getRepository(Activity).update(id, values);
  }

  async setClusters(
    manager: EntityManager,
    activityId: string,
    clusterIds: readonly string[],
  ): Promise<void> {
    const links = manager.getRepository(ActivityCluster);
    await links.delete({ activityId });
    await links.insert(clusterIds.map((clusterId) => ({ activityId, clusterId })));
  }

  async softDelete(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(Activity).update(id, { deletedAt: at });
  }

  /** The live organisations among the ids, with their kind (to check that they are clusters). */
  organizations(ids: readonly string[]): Promise<OrganizationRef[]> {
    return this.dataSource.manager
      .getRepository<OrganizationRef>(ORGANIZATION_ENTITY)
      .createQueryBuilder('o')
      .select(['o.id', 'o.name', 'o.kind'])
      .where('o.id = any(:ids)', { ids })
      .getMany();
  }

  private async withDetails(activities: Activity[], manager?: EntityManager): Promise<ActivityRow[]> {
    if (!activities.length) return [];
    const ids = activities.map((activity) => activity.id);
    const db = manager ?? this.dataSource.manager;
    const [clusters, counts, caseLinks] = await Promise.all([
      db.query<{ activity_id: string; id: string; name: string }[]>(
        `select ac.activity_id, o.id, o.name
           from activity_clusters ac join organizations o on o.id = ac.cluster_id
          where ac.activity_id = any($1)
          order by o.name`,
        [ids],
      ),
      db.query<{ activity_id: string; organizations: number; persons: number }[]>(
        `select p.activity_id, count(*)::int as organizations, coalesce(sum(p.persons), 0)::int as persons
           from activity_participations p join organizations o on o.id = p.organization_id and o.deleted_at is null
          where p.activity_id = any($1)
          group by p.activity_id`,
        [ids],
      ),
      db
        .getRepository(ActivityCase)
        .createQueryBuilder('l')
        .where('l.activity_id = any(:ids)', { ids })
        .getMany(),
    ]);
    const cases = await linkedCases(db, [...new Set(caseLinks.map((link) => link.caseId))]);
    return activities.map((activity) => {
      const refs = clusters
        .filter((c) => c.activity_id === activity.id)
        .map(({ id, name }) => ({ id, name }));
      const owner = refs.filter((ref) => ref.id === activity.ownerClusterId);
      const count = counts.find((c) => c.activity_id === activity.id);
      return Object.assign(activity, {
        clusterRefs: [...owner, ...refs.filter((ref) => ref.id !== activity.ownerClusterId)],
        cases: cases.filter((c) =>
          caseLinks.some((link) => link.activityId === activity.id && link.caseId === c.id),
        ),
        participatingOrganizations: count?.organizations ?? 0,
        participatingPersons: count?.persons ?? 0,
      });
    });
  }
}

/** A LIKE pattern that matches `text` literally anywhere (backslash is Postgres's default escape). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
