import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@videnbro/notifications';
import type { Notice } from '@videnbro/notifications';
import { SearchIndex } from '@videnbro/search-index';
import type { SearchDocument } from '@videnbro/search-index';
import type { SearchFiltersDto } from './dto/search.dto';
import type { ClaimedSavedSearch, IndexedPosting } from './saved-searches.repository';
import { SavedSearchesRepository } from './saved-searches.repository';
import { anyOf } from './search-filter';
import { conditionsFor, SearchService } from './search.service';

export interface SavedSearchJobOptions {
  /** Saved searches claimed (and checked) per transaction. */
  batchSize: number;
  /**
   * Changes the index took in during the last seconds wait for the next run: a relay stamps its rows
   * processed just before it commits, and a run must not pass over a stamp it could not yet see.
   */
  settleSeconds: number;
  /** Postings looked up per Meilisearch query. */
  postingsPerQuery: number;
}

export const DEFAULT_SAVED_SEARCH_JOB_OPTIONS: SavedSearchJobOptions = {
  batchSize: 20,
  settleSeconds: 10,
  postingsPerQuery: 500,
};

/** What one run did. */
export interface SavedSearchRun {
  searches: number;
  notices: number;
}

type Match = Pick<SearchDocument, 'type' | 'entityId' | 'title' | 'organizationName'>;

const POSTING_PATHS = { need: '/needs', competence: '/competencies' } as const;

/**
 * Tells users about new needs and competencies that match their saved searches. A run checks each
 * saved search against the postings the index took in since the search's watermark, in Meilisearch,
 * under the owner's own visibility filter built exactly as `GET /search` builds it for them (their
 * roles and memberships now), and writes `saved_search_match` notices in the transaction that
 * advances the watermark. The dedupe key is the posting, so a user hears of it once, whatever the
 * number of saved searches that match it, of jobs running side by side, or of retries.
 */
@Injectable()
export class SavedSearchJob {
  constructor(
    private readonly repository: SavedSearchesRepository,
    private readonly search: SearchService,
    private readonly searchIndex: SearchIndex,
    private readonly notifications: NotificationsService,
  ) {}

  /** Checks every saved search up to now (less the settling time). */
  async run(options: SavedSearchJobOptions = DEFAULT_SAVED_SEARCH_JOB_OPTIONS): Promise<SavedSearchRun> {
    const horizon = await this.repository.horizon(options.settleSeconds);
    // Most searches share a watermark (the previous run's horizon): read their postings once.
    const postingsSince = new Map<number, Promise<IndexedPosting[]>>();
    const postingsOf = (search: ClaimedSavedSearch) => {
      const since = search.watermark.getTime();
      if (!postingsSince.has(since)) {
        postingsSince.set(since, this.repository.indexedPostings(search.watermark, horizon));
      }
      return postingsSince.get(since) as Promise<IndexedPosting[]>;
    };
    const run: SavedSearchRun = { searches: 0, notices: 0 };
    for (;;) {
      const batch = await this.repository.transaction(async (manager) => {
        const claimed = await this.repository.claimDue(manager, horizon, options.batchSize);
        const notices: Notice[] = [];
        for (const search of claimed) {
          const matches = await this.matches(search, await postingsOf(search), options.postingsPerQuery);
          notices.push(...matches.map((match) => noticeOf(search, match)));
        }
        const written = await this.notifications.notify(manager, notices);
        await this.repository.advance(
          manager,
          claimed.map((search) => search.id),
          horizon,
        );
        return { searches: claimed.length, notices: written.length };
      });
      if (!batch.searches) return run;
      run.searches += batch.searches;
      run.notices += batch.notices;
    }
  }

  /** The postings that the owner would find with this search now, except their own organisations'. */
  private async matches(
    search: ClaimedSavedSearch,
    postings: IndexedPosting[],
    perQuery: number,
  ): Promise<Match[]> {
    if (!postings.length) return [];
    const audience = await this.search.audienceOf(search);
    // Stored after validation by the rules of GET /search's query.
    const conditions = conditionsFor(audience, search.query as SearchFiltersDto);
    const filter = [...Object.values(conditions), anyOf('type', ['need', 'competence'])];
    if (audience.memberOrganizationIds.length) {
      filter.push(`NOT ${anyOf('organizationId', audience.memberOrganizationIds)}`);
    }
    const matches: Match[] = [];
    for (let start = 0; start < postings.length; start += perQuery) {
      const ids = postings.slice(start, start + perQuery).map((posting) => posting.id);
      const { hits } = await this.searchIndex.index().search(search.query.q ?? '', {
        filter: [...filter, anyOf('entityId', ids)],
        limit: ids.length,
        attributesToRetrieve: ['type', 'entityId', 'title', 'organizationName'],
      });
      matches.push(...hits);
    }
    return matches;
  }
}

function noticeOf(search: ClaimedSavedSearch, match: Match): Notice {
  const type = match.type as keyof typeof POSTING_PATHS;
  return {
    userId: search.userId,
    kind: 'saved_search_match',
    link: `${POSTING_PATHS[type]}/${match.entityId}`,
    params: {
      savedSearchName: search.name,
      postingType: type,
      title: match.title,
      organizationName: match.organizationName,
    },
    // Per user and posting: one notice, however many of the user's searches match it.
    dedupeKey: `saved_search_match:${type}:${match.entityId}`,
  };
}
