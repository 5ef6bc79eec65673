import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import type { FieldErrorDto } from '@videnbro/http';
import { ActivitiesRepository } from './activities.repository';
import { ActivityAccess } from './activity-access';
import type { ActivityScope } from './activity-access';
import type { CreateFundingRecordDto, UpdateFundingRecordDto } from './dto/funding-record.dto';
import { fundingRecordNotFound, validationFailed } from './errors';
import { FundingRecordsRepository } from './funding-records.repository';
import type {
  FundingRecordFilters,
  FundingRecordRow,
  FundingRecordValues,
} from './funding-records.repository';

export interface FundingRecordView {
  record: FundingRecordRow;
  canEdit: boolean;
}

export type ListFundingRecordsInput = Omit<FundingRecordFilters, 'clusterIds'> & { cluster?: string };

const AUDITED_FIELDS = [
  'clusterId',
  'year',
  'source',
  'amountDkk',
  'status',
  'activityId',
  'caseId',
  'note',
] as const;

/**
 * Funding records: what a cluster spent and secured, by year and source. Brokers of the cluster read
 * and change them, programme staff read them all, platform admins do everything.
 */
@Injectable()
export class FundingRecordsService {
  constructor(
    private readonly records: FundingRecordsRepository,
    private readonly activities: ActivitiesRepository,
    private readonly access: ActivityAccess,
    private readonly audit: AuditLog,
  ) {}

  async list(
    caller: Caller,
    input: ListFundingRecordsInput,
  ): Promise<{ items: FundingRecordView[]; total: number }> {
    const scope = await this.access.scopeFor(caller);
    scope.requireClusterReader();
    if (input.cluster) scope.requireReadableCluster(input.cluster);
    const { cluster, ...filters } = input;
    const { items, total } = await this.records.list({
      ...filters,
      clusterIds: cluster ? [cluster] : scope.readableClusterIds,
    });
    return { items: items.map((record) => view(scope, record)), total };
  }

  async create(caller: Caller, input: CreateFundingRecordDto): Promise<FundingRecordView> {
    const scope = await this.access.scopeFor(caller);
    scope.requireClusterReader();
    if (!scope.mayEditCluster(input.clusterId)) {
      throw new ForbiddenException("Only the cluster's brokers and platform admins may record its funding");
    }
    const [cluster] = await this.activities.organizations([input.clusterId]);
    const problems: FieldErrorDto[] =
      cluster?.kind === 'cluster' ? [] : [{ field: 'clusterId', message: 'Not a cluster' }];
    const values: FundingRecordValues = {
      year: input.year,
      source: input.source,
      amountDkk: input.amountDkk,
      status: input.status,
      activityId: input.activityId ?? null,
      caseId: input.caseId ?? null,
      note: input.note || null,
    };
    problems.push(...(await this.activityProblems(values.activityId, input.clusterId)));
    problems.push(...(await this.caseProblems(values.caseId, input.clusterId)));
    if (problems.length) throw validationFailed(problems);

    const id = await this.records.transaction(async (manager) => {
      const record = await this.records.insert(manager, { ...values, clusterId: input.clusterId });
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'funding_record',
        entityId: record.id,
        action: 'create',
        changes: diff(null, record, AUDITED_FIELDS),
      });
      return record.id;
    });
    return view(scope, await this.reload(id));
  }

  async update(caller: Caller, id: string, input: UpdateFundingRecordDto): Promise<FundingRecordView> {
    const scope = await this.access.scopeFor(caller);
    await this.requireEditable(scope, id);
    await this.records.transaction(async (manager) => {
      const current = await this.records.lock(manager, id);
      if (!current) throw fundingRecordNotFound();
      const values: FundingRecordValues = {
        year: input.year ?? current.year,
        source: input.source ?? current.source,
        amountDkk: input.amountDkk ?? current.amountDkk,
        status: input.status ?? current.status,
        activityId: input.activityId === undefined ? current.activityId : input.activityId,
        caseId: input.caseId === undefined ? current.caseId : input.caseId,
        note: input.note === undefined ? current.note : input.note || null,
      };
      const problems: FieldErrorDto[] = [];
      if (values.activityId !== current.activityId) {
        problems.push(...(await this.activityProblems(values.activityId, current.clusterId)));
      }
      if (values.caseId !== current.caseId) {
        problems.push(...(await this.caseProblems(values.caseId, current.clusterId)));
      }
      if (problems.length) throw validationFailed(problems);
      const changes = diff(current, { ...values, clusterId: current.clusterId }, AUDITED_FIELDS);
      if (!Object.keys(changes).length) return;
      await this.records.update(manager, id, values);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'funding_record',
        entityId: id,
        action: 'update',
        changes,
      });
    });
    return view(scope, await this.reload(id));
  }

  async remove(caller: Caller, id: string): Promise<void> {
    const scope = await this.access.scopeFor(caller);
    await this.requireEditable(scope, id);
    await this.records.transaction(async (manager) => {
      const current = await this.records.lock(manager, id);
      if (!current) throw fundingRecordNotFound();
      await this.records.delete(manager, id);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'funding_record',
        entityId: id,
        action: 'delete',
        changes: diff(current, null, AUDITED_FIELDS),
      });
    });
  }

  /** 403 for callers who read no cluster's records and for programme staff; 404 for another cluster's record. */
  private async requireEditable(scope: ActivityScope, id: string): Promise<FundingRecordRow> {
    scope.requireClusterReader();
    const record = await this.records.findById(id);
    if (!record || !scope.mayReadCluster(record.clusterId)) throw fundingRecordNotFound();
    if (!scope.mayEditCluster(record.clusterId)) {
      throw new ForbiddenException(
        "Only the cluster's brokers and platform admins may change its funding records",
      );
    }
    return record;
  }

  private async activityProblems(activityId: string | null, clusterId: string): Promise<FieldErrorDto[]> {
    if (activityId === null || (await this.records.activityOfCluster(activityId, clusterId))) return [];
    return [{ field: 'activityId', message: 'Not an activity of this cluster' }];
  }

  private async caseProblems(caseId: string | null, clusterId: string): Promise<FieldErrorDto[]> {
    if (caseId === null || (await this.records.caseOfCluster(caseId, clusterId))) return [];
    return [{ field: 'caseId', message: 'Not a case this cluster brokers' }];
  }

  private async reload(id: string): Promise<FundingRecordRow> {
    const record = await this.records.findById(id);
    if (!record) throw fundingRecordNotFound();
    return record;
  }
}

/** The record as the caller sees it: its case only when the caller may see the case's parties. */
function view(scope: ActivityScope, record: FundingRecordRow): FundingRecordView {
  const linked = record.case && scope.mayReadCase(record.case.clusterIds) ? record.case : null;
  return { record: { ...record, case: linked }, canEdit: scope.mayEditCluster(record.clusterId) };
}
