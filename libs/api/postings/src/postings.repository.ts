import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CollaborationFormat, PostingStatus } from '@videnbro/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import { ORGANIZATION_ENTITY } from './entities/refs';
import type { OrganizationRef, Posting } from './entities';
import type { PostingScope } from './posting-visibility';
import type { PostingType } from './posting-types';

export interface PostingFilters {
  /** Only postings of these organisations (an empty list matches nothing). */
  organizationIds?: readonly string[];
  status?: PostingStatus;
  format?: CollaborationFormat;
  /** A normalised tag. */
  tag?: string;
  externalId?: string;
  /** Part of the title, case-insensitive. */
  q?: string;
  page: number;
  limit: number;
}

/** A posting as read: with its organisation (id, name, kind) and its contact person (id, name, email). */
export type PostingRow<T extends Posting> = T & { organization: OrganizationRef };

/**
 * Needs and competencies, one table each, the same queries for both. Soft-deleted postings, and the
 * postings of soft-deleted organisations, are invisible to every method here.
 */
@Injectable()
export class PostingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs work in one transaction: the change, its audit entry and its outbox row commit together. */
  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  /** Every read path for callers starts here: the caller's read rule is part of the query. */
  private readable<T extends Posting>(type: PostingType<T>, scope: PostingScope) {
    const { sql, params } = scope.readCondition('p');
    return this.postings(type).andWhere(sql, params);
  }

  private postings<T extends Posting>(
    type: PostingType<T>,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<T> {
    return manager
      .getRepository(type.entity)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o', 'o.deleted_at is null')
      .addSelect(['o.id', 'o.name', 'o.kind'])
      .leftJoin('p.contact', 'c')
      .addSelect(['c.id', 'c.name', 'c.email'])
      .where('p.deleted_at is null');
  }

  /** A page of the postings the scope may read, newest first. */
  async list<T extends Posting>(
    type: PostingType<T>,
    scope: PostingScope,
    filters: PostingFilters,
  ): Promise<{ items: PostingRow<T>[]; total: number }> {
    const query = this.readable(type, scope);
    if (filters.organizationIds) {
      query.andWhere('p.organization_id = any(:organizationIds)', {
        organizationIds: filters.organizationIds,
      });
    }
    if (filters.status) query.andWhere('p.status = :status', { status: filters.status });
    if (filters.format) query.andWhere(':format = any(p.formats)', { format: filters.format });
    if (filters.tag) query.andWhere(':tag = any(p.tags)', { tag: filters.tag });
    if (filters.externalId) query.andWhere('p.external_id = :externalId', { externalId: filters.externalId });
    if (filters.q) query.andWhere('p.title ilike :q', { q: containsPattern(filters.q) });
    const [items, total] = await query
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset((filters.page - 1) * filters.limit)
      .limit(filters.limit)
      .getManyAndCount();
    return { items: items as PostingRow<T>[], total };
  }

  /** The posting when the scope may read it. */
  async findReadable<T extends Posting>(
    type: PostingType<T>,
    scope: PostingScope,
    id: string,
  ): Promise<PostingRow<T> | null> {
    return (await this.readable(type, scope).andWhere('p.id = :id', { id }).getOne()) as PostingRow<T> | null;
  }

  /** The posting whoever may read it: for writes, whose rules the service checks. */
  async findById<T extends Posting>(
    type: PostingType<T>,
    id: string,
    manager?: EntityManager,
  ): Promise<PostingRow<T> | null> {
    return (await this.postings(type, manager)
      .andWhere('p.id = :id', { id })
      .getOne()) as PostingRow<T> | null;
  }

  /** Reads and locks the row until the transaction ends: changes to one posting queue up. */
  async lock<T extends Posting>(manager: EntityManager, type: PostingType<T>, id: string): Promise<T | null> {
    return manager
      .getRepository(type.entity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id and p.deleted_at is null', { id })
      .getOne();
  }

  async externalIdTaken<T extends Posting>(type: PostingType<T>, externalId: string): Promise<boolean> {
    return this.dataSource.manager
      .getRepository(type.entity)
      .createQueryBuilder('p')
      .withDeleted()
      .where('p.external_id = :externalId', { externalId })
      .getExists();
  }

  async insert<T extends Posting>(
    manager: EntityManager,
    type: PostingType<T>,
    values: Partial<Posting>,
  ): Promise<T> {
    const repository = manager.getRepository(type.entity);
    return repository.save(repository.create(values as T));
  }

  async update<T extends Posting>(
    manager: EntityManager,
    type: PostingType<T>,
    id: string,
    changes: Partial<Posting>,
  ): Promise<void> {
    await manager.getRepository(type.entity).update(id, changes as never);
  }

  async softDelete<T extends Posting>(
    manager: EntityManager,
    type: PostingType<T>,
    id: string,
    at: Date,
  ): Promise<void> {
    await manager.getRepository(type.entity).update(id, { deletedAt: at } as never);
  }

  /** A live organisation's id, name and kind. */
  findOrganization(id: string): Promise<OrganizationRef | null> {
    return this.dataSource.manager
      .getRepository<OrganizationRef>(ORGANIZATION_ENTITY)
      .findOne({ where: { id }, select: { id: true, name: true, kind: true } });
  }
}

/** True for a unique violation of the named index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/** A LIKE pattern that matches `text` literally anywhere (backslash is Postgres's default escape). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
