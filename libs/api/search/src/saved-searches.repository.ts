import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlatformRole } from '@videnbro/access';
import { DataSource, EntityManager } from 'typeorm';
import { SavedSearch } from './entities';
import type { SavedSearchQuery } from './entities';

/** A saved search the job has claimed, with its owner's platform roles (for the visibility filter). */
export interface ClaimedSavedSearch {
  id: string;
  userId: string;
  name: string;
  query: SavedSearchQuery;
  watermark: Date;
  roles: PlatformRole[];
}

/** A need or competence the search index took in (new or changed) within a span of time. */
export interface IndexedPosting {
  type: 'need' | 'competence';
  id: string;
}

/** Saved searches; always scoped to their owner, except for the job's claims. */
@Injectable()
export class SavedSearchesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  /** The user's saved searches, newest first. */
  listOf(userId: string): Promise<SavedSearch[]> {
    return this.dataSource.manager
      .getRepository(SavedSearch)
      .find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /**
   * How many saved searches the user has, counted under a lock on the user's saved searches (a
   * transaction-scoped advisory lock), so that two requests at once cannot both pass the maximum.
   */
  async lockAndCount(manager: EntityManager, userId: string): Promise<number> {
    await manager.query(`select pg_advisory_xact_lock(hashtext('saved_searches:' || $1))`, [userId]);
    return manager.getRepository(SavedSearch).countBy({ userId });
  }

  async insert(
    manager: EntityManager,
    values: Pick<SavedSearch, 'userId' | 'name' | 'query'>,
  ): Promise<SavedSearch> {
    const repository = manager.getRepository(SavedSearch);
    const { id } = await repository.save(repository.create(values));
    return repository.findOneByOrFail({ id });
  }

  /** Renames the user's saved search; null when the user has none with that id. */
  async rename(userId: string, id: string, name: string): Promise<SavedSearch | null> {
    const repository = this.dataSource.manager.getRepository(SavedSearch);
    const { affected } = await repository.update({ id, userId }, { name });
    return affected ? repository.findOneBy({ id }) : null;
  }

  /** Deletes the user's saved search; false when the user has none with that id. */
  async remove(userId: string, id: string): Promise<boolean> {
    const { affected } = await this.dataSource.manager.getRepository(SavedSearch).delete({ id, userId });
    return Boolean(affected);
  }

  /**
   * The end of the span a job run looks at: the database's clock minus a settling time, so that a
   * relay's "processed" mark stamped just before it committed is not passed over.
   */
  async horizon(settleSeconds: number): Promise<Date> {
    const [{ horizon }] = await this.dataSource.query(`select now() - make_interval(secs => $1) as horizon`, [
      settleSeconds,
    ]);
    return horizon;
  }

  /**
   * Claims up to `limit` saved searches not yet checked up to the horizon, furthest behind first.
   * `SKIP LOCKED`: jobs running side by side take different searches; the lock lasts until the
   * caller's transaction (which also advances the watermarks) ends.
   */
  claimDue(manager: EntityManager, horizon: Date, limit: number): Promise<ClaimedSavedSearch[]> {
    return manager.query(
      `select s.id, s.user_id as "userId", s.name, s.query, s.watermark, u.roles
         from saved_searches s join users u on u.id = s.user_id
        where s.watermark < $1
        order by s.watermark, s.id
        limit $2
          for update of s skip locked`,
      [horizon, limit],
    );
  }

  /**
   * The needs and competencies the search index took in after `since` and up to `until` (the relay
   * marked their outbox rows, or their organisation's, processed): published, changed or made
   * visible in that span. An organisation's row re-indexes its postings (its name, its clusters).
   */
  async indexedPostings(since: Date, until: Date): Promise<IndexedPosting[]> {
    return this.dataSource.query(
      `with changed as (
         select entity_type, entity_id from outbox_events
          where processed_at > $1 and processed_at <= $2)
       select 'need' as type, n.id::text as id from needs n
        where n.id in (select entity_id from changed where entity_type = 'need')
           or n.organization_id in (select entity_id from changed where entity_type = 'organization')
       union
       select 'competence', c.id::text from competencies c
        where c.id in (select entity_id from changed where entity_type = 'competence')
           or c.organization_id in (select entity_id from changed where entity_type = 'organization')
       order by 1, 2`,
      [since, until],
    );
  }

  async advance(manager: EntityManager, ids: string[], watermark: Date): Promise<void> {
    await manager.query(`update saved_searches set watermark = $2 where id = any($1::uuid[])`, [
      ids,
      watermark,
    ]);
  }
}
