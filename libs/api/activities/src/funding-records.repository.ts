import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ClusterRef } from './activities.repository';
import { casesBrokeredBy, linkedCases } from './case-links';
import type { LinkedCase } from './case-links';
import { FundingRecord } from './entities';

export interface FundingRecordFilters {
  /** Only these clusters' records; null: every cluster's. */
  clusterIds: readonly string[] | null;
  year?: number;
  page: number;
  limit: number;
}

/** A funding record as read: with its cluster, (live) activity and case. */
export type FundingRecordRow = Omit<FundingRecord, 'case'> & {
  cluster: ClusterRef;
  activity: { id: string; title: string } | null;
  case: LinkedCase | null;
};

export type FundingRecordValues = Pick<
  FundingRecord,
  'year' | 'source' | 'amountDkk' | 'status' | 'activityId' | 'caseId' | 'note'
>;

/** Funding records: money a cluster spent or secured, by year and source. */
@Injectable()
export class FundingRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  private records(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(FundingRecord)
      .createQueryBuilder('f')
      .innerJoin('f.cluster', 'c')
      .addSelect(['c.id', 'c.name'])
      .leftJoin('f.activity', 'a', 'a.deleted_at is null')
      .addSelect(['a.id', 'a.title']);
  }

  /** A page of records, newest year first, then by cluster and source. */
  async list(filters: FundingRecordFilters): Promise<{ items: FundingRecordRow[]; total: number }> {
    const query = this.records();
    if (filters.clusterIds)
      query.andWhere('f.cluster_id = any(:clusterIds)', { clusterIds: filters.clusterIds });
    if (filters.year !== undefined) query.andWhere('f.year = :year', { year: filters.year });
    const [items, total] = await query
      .orderBy('f.year', 'DESC')
      .addOrderBy('c.name', 'ASC')
      .addOrderBy('f.source', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .skip((filters.page - 1) * filters.limit)
      .take(filters.limit)
      .getManyAndCount();
    return { items: await this.withLinks(items), total };
  }

  async findById(id: string, manager?: EntityManager): Promise<FundingRecordRow | null> {
    const record = await this.records(manager).where('f.id = :id', { id }).getOne();
    return record ? (await this.withLinks([record], manager))[0] : null;
  }

  lock(manager: EntityManager, id: string): Promise<FundingRecord | null> {
    return manager
      .getRepository(FundingRecord)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(
    manager: EntityManager,
    values: FundingRecordValues & { clusterId: string },
  ): Promise<FundingRecord> {
    const repository = manager.getRepository(FundingRecord);
    return repository.save(repository.create(values));
  }

  async update(manager: EntityManager, id: string, values: FundingRecordValues): Promise<void> {
    await manager.getRepository(FundingRecord).update(id, values);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(FundingRecord).delete(id);
  }

  /** True when the (live) activity is organised by the cluster. */
  async activityOfCluster(activityId: string, clusterId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ ok: boolean }[]>(
      `select exists (select 1 from activities a join activity_clusters ac on ac.activity_id = a.id
                       where a.id = $1 and ac.cluster_id = $2 and a.deleted_at is null) as ok`,
      [activityId, clusterId],
    );
    return row.ok;
  }

  /** True when the cluster brokers the case. */
  async caseOfCluster(caseId: string, clusterId: string): Promise<boolean> {
    return (await casesBrokeredBy(this.dataSource.manager, [caseId], [clusterId])).length > 0;
  }

  private async withLinks(
    records: FundingRecord[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FundingRecordRow[]> {
    const caseIds = records.flatMap((record) => (record.caseId ? [record.caseId] : []));
    const cases = await linkedCases(manager, [...new Set(caseIds)]);
    return records.map(
      (record) =>
        Object.assign(record, {
          activity: record.activity ?? null,
          case: cases.find((c) => c.id === record.caseId) ?? null,
        }) as FundingRecordRow,
    );
  }
}
