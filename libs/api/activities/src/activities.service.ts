import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import type { FieldErrorDto } from '@videnbro/http';
import type { EntityManager } from 'typeorm';
import { ActivitiesRepository } from './activities.repository';
import type { ActivityFilters, ActivityRow, ActivityValues } from './activities.repository';
import { ActivityAccess } from './activity-access';
import type { ActivityScope } from './activity-access';
import type { CreateActivityDto, UpdateActivityDto } from './dto/activity.dto';
import { activityNotFound, validationFailed } from './errors';

/** An activity as one caller sees it. */
export interface ActivityView {
  activity: ActivityRow;
  canEdit: boolean;
}

export type ListActivitiesInput = Omit<ActivityFilters, 'clusterIds'> & { cluster?: string };

/** What the audit log records of an activity. */
const AUDITED_FIELDS = [
  'ownerClusterId',
  'clusterIds',
  'title',
  'type',
  'startsOn',
  'endsOn',
  'format',
  'place',
  'fundingSource',
  'description',
  'caseIds',
] as const;

/**
 * Cluster activities: brokers of the organising clusters read and change them, programme staff read
 * them all, platform admins do everything. Every change commits with its audit entry.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly access: ActivityAccess,
    private readonly audit: AuditLog,
  ) {}

  async list(caller: Caller, input: ListActivitiesInput): Promise<{ items: ActivityView[]; total: number }> {
    const scope = await this.access.scopeFor(caller);
    scope.requireClusterReader();
    if (input.cluster) scope.requireReadableCluster(input.cluster);
    const { cluster, ...filters } = input;
    const { items, total } = await this.activities.list({
      ...filters,
      clusterIds: cluster ? [cluster] : scope.readableClusterIds,
    });
    return { items: items.map((activity) => view(scope, activity)), total };
  }

  async get(caller: Caller, id: string): Promise<ActivityView> {
    const scope = await this.access.scopeFor(caller);
    return view(scope, await this.requireReadable(scope, id));
  }

  /** POST /activities: brokers of the owner cluster, platform admins. */
  async create(caller: Caller, input: CreateActivityDto): Promise<ActivityView> {
    const scope = await this.access.scopeFor(caller);
    scope.requireClusterReader();
    const ownerClusterId = input.ownerClusterId ?? input.clusterIds[0];
    if (!scope.mayEditCluster(ownerClusterId)) {
      throw new ForbiddenException(
        'Only brokers of the owner cluster and platform admins may create its activities',
      );
    }
    const clusterIds = [...new Set([ownerClusterId, ...input.clusterIds])];
    const values: ActivityValues = {
      title: input.title,
      type: input.type,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      format: input.format,
      place: input.place || null,
      fundingSource: input.fundingSource,
      description: input.description || null,
    };
    const caseIds = [...(input.caseIds ?? [])].sort();
    const problems = [
      ...datesProblems(values),
      ...(await this.clusterProblems(clusterIds)),
      ...(await this.caseProblems(caseIds, clusterIds)),
    ];
    if (problems.length) throw validationFailed(problems);

    const id = await this.activities.transaction(async (manager) => {
      const activity = await this.activities.insert(
        manager,
        { ...values, ownerClusterId, createdBy: caller.userId },
        clusterIds,
        caseIds,
      );
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'activity',
        entityId: activity.id,
        action: 'create',
        changes: diff(null, { ...values, ownerClusterId, clusterIds, caseIds }, AUDITED_FIELDS),
      });
      return activity.id;
    });
    return view(scope, await this.reload(id));
  }

  /** PATCH /activities/:id: brokers of an organising cluster, platform admins. The owner stays. */
  async update(caller: Caller, id: string, input: UpdateActivityDto): Promise<ActivityView> {
    const scope = await this.access.scopeFor(caller);
    await this.requireEditable(scope, id);
    await this.activities.transaction(async (manager) => {
      const current = await this.activities.lock(manager, id);
      if (!current) throw activityNotFound();
      const currentClusterIds = await this.activities.clusterIdsOf(manager, id);
      const currentCases = await this.activities.linkedCasesOf(manager, id);
      const before = {
        ...pickValues(current),
        ownerClusterId: current.ownerClusterId,
        clusterIds: currentClusterIds,
        caseIds: currentCases.map((c) => c.id).sort(),
      };
      const values: ActivityValues = {
        title: input.title ?? current.title,
        type: input.type ?? current.type,
        startsOn: input.startsOn ?? current.startsOn,
        endsOn: input.endsOn ?? current.endsOn,
        format: input.format ?? current.format,
        place: input.place === undefined ? current.place : input.place || null,
        fundingSource: input.fundingSource ?? current.fundingSource,
        description: input.description === undefined ? current.description : input.description || null,
      };
      const clusterIds = input.clusterIds ?? currentClusterIds;
      const problems = datesProblems(values);
      if (input.clusterIds) {
        if (!clusterIds.includes(current.ownerClusterId)) {
          problems.push({ field: 'clusterIds', message: 'clusterIds must include the owner cluster' });
        }
        problems.push(...(await this.clusterProblems(clusterIds)));
      }
      // Links to cases the caller does not see stay: they cannot have meant to remove them.
      const hidden = currentCases.filter((c) => !scope.mayReadCase(c.clusterIds)).map((c) => c.id);
      const caseIds = input.caseIds ? [...new Set([...input.caseIds, ...hidden])].sort() : before.caseIds;
      if (input.caseIds || input.clusterIds) {
        problems.push(...(await this.caseProblems(caseIds, clusterIds, manager)));
      }
      if (problems.length) throw validationFailed(problems);
      // The owner first, the rest in a stable order, so an unchanged list is no change.
      const after = {
        ...values,
        ownerClusterId: current.ownerClusterId,
        clusterIds: ordered(current.ownerClusterId, clusterIds),
        caseIds,
      };
      const changes = diff(
        { ...before, clusterIds: ordered(current.ownerClusterId, before.clusterIds) },
        after,
        AUDITED_FIELDS,
      );
      if (!Object.keys(changes).length) return;
      await this.activities.update(manager, id, values);
      if (changes.clusterIds) await this.activities.setClusters(manager, id, after.clusterIds);
      if (changes.caseIds) await this.activities.setCases(manager, id, caseIds);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'activity',
        entityId: id,
        action: 'update',
        changes,
      });
    });
    return view(scope, await this.reload(id));
  }

  /** DELETE /activities/:id: soft; gone from lists and statistics, its rows and history kept. */
  async remove(caller: Caller, id: string): Promise<void> {
    const scope = await this.access.scopeFor(caller);
    await this.requireEditable(scope, id);
    await this.activities.transaction(async (manager) => {
      if (!(await this.activities.lock(manager, id))) throw activityNotFound();
      const deletedAt = new Date();
      await this.activities.softDelete(manager, id, deletedAt);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'activity',
        entityId: id,
        action: 'delete',
        changes: diff({ deletedAt: null }, { deletedAt }, ['deletedAt']),
      });
    });
  }

  /**
   * The activity when the caller may read it. Callers who read no cluster's activities get 403; a
   * broker of another cluster gets 404, as if it did not exist.
   */
  async requireReadable(scope: ActivityScope, id: string): Promise<ActivityRow> {
    scope.requireClusterReader();
    const activity = await this.activities.findById(id);
    if (!activity || !scope.mayReadAny(activity.clusterRefs.map((c) => c.id))) throw activityNotFound();
    return activity;
  }

  /** The activity when the caller may change it; programme staff, who may only read it, get 403. */
  async requireEditable(scope: ActivityScope, id: string): Promise<ActivityRow> {
    const activity = await this.requireReadable(scope, id);
    if (!scope.mayEditAny(activity.clusterRefs.map((c) => c.id))) {
      throw new ForbiddenException(
        "Only brokers of the activity's clusters and platform admins may change it and its participations",
      );
    }
    return activity;
  }

  private async reload(id: string): Promise<ActivityRow> {
    const activity = await this.activities.findById(id);
    if (!activity) throw activityNotFound();
    return activity;
  }

  /** Every listed id must be a live cluster organisation. */
  private async clusterProblems(clusterIds: readonly string[]): Promise<FieldErrorDto[]> {
    const found = await this.activities.organizations(clusterIds);
    const clusters = new Set(found.filter((o) => o.kind === 'cluster').map((o) => o.id));
    const missing = clusterIds.filter((id) => !clusters.has(id));
    return missing.length ? [{ field: 'clusterIds', message: `Not a cluster: ${missing.join(', ')}` }] : [];
  }

  /** Every linked case must exist and be brokered by one of the activity's clusters. */
  private async caseProblems(
    caseIds: readonly string[],
    clusterIds: readonly string[],
    manager?: EntityManager,
  ): Promise<FieldErrorDto[]> {
    const brokered = new Set(await this.activities.casesBrokeredBy(caseIds, clusterIds, manager));
    const refused = caseIds.filter((id) => !brokered.has(id));
    return refused.length
      ? [{ field: 'caseIds', message: `Not a case of the activity's clusters: ${refused.join(', ')}` }]
      : [];
  }
}

/** The activity as the caller sees it: linked cases only when the caller may see their parties. */
function view(scope: ActivityScope, activity: ActivityRow): ActivityView {
  return {
    activity: { ...activity, cases: activity.cases.filter((c) => scope.mayReadCase(c.clusterIds)) },
    canEdit: scope.mayEditAny(activity.clusterRefs.map((c) => c.id)),
  };
}

function datesProblems(values: Pick<ActivityValues, 'startsOn' | 'endsOn'>): FieldErrorDto[] {
  return values.endsOn < values.startsOn
    ? [{ field: 'endsOn', message: 'endsOn must be on or after startsOn' }]
    : [];
}

function pickValues(activity: ActivityValues): ActivityValues {
  const { title, type, startsOn, endsOn, format, place, fundingSource, description } = activity;
  return { title, type, startsOn, endsOn, format, place, fundingSource, description };
}

function ordered(ownerClusterId: string, clusterIds: readonly string[]): string[] {
  return [ownerClusterId, ...clusterIds.filter((id) => id !== ownerClusterId).sort()];
}
