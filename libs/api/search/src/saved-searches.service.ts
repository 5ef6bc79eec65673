import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { MAX_SAVED_SEARCHES } from './dto/saved-search.dto';
import type { SearchFiltersDto } from './dto/search.dto';
import type { SavedSearch, SavedSearchQuery } from './entities';
import { SavedSearchesRepository } from './saved-searches.repository';

const savedSearchNotFound = () => new NotFoundException('Saved search not found');

/** A user's saved searches: each caller sees and changes only their own (another's id is a 404). */
@Injectable()
export class SavedSearchesService {
  constructor(private readonly repository: SavedSearchesRepository) {}

  list(caller: Caller): Promise<SavedSearch[]> {
    return this.repository.listOf(caller.userId);
  }

  create(caller: Caller, name: string, query: SearchFiltersDto): Promise<SavedSearch> {
    return this.repository.transaction(async (manager) => {
      if ((await this.repository.lockAndCount(manager, caller.userId)) >= MAX_SAVED_SEARCHES) {
        throw new ConflictException(
          `You have ${MAX_SAVED_SEARCHES} saved searches, the most there can be: delete one first`,
        );
      }
      return this.repository.insert(manager, { userId: caller.userId, name, query: storedQuery(query) });
    });
  }

  async rename(caller: Caller, id: string, name: string): Promise<SavedSearch> {
    return (await this.repository.rename(caller.userId, id, name)) ?? Promise.reject(savedSearchNotFound());
  }

  async remove(caller: Caller, id: string): Promise<void> {
    if (!(await this.repository.remove(caller.userId, id))) throw savedSearchNotFound();
  }
}

/** The validated query without empty parts, as it is stored and given back. */
function storedQuery(query: SearchFiltersDto): SavedSearchQuery {
  const stored: SavedSearchQuery = {};
  if (query.q?.trim()) stored.q = query.q.trim();
  for (const key of ['types', 'kind', 'region', 'formats', 'tags'] as const) {
    const values = query[key];
    if (values?.length) stored[key] = [...new Set<string>(values)];
  }
  if (query.cluster) stored.cluster = query.cluster;
  return stored;
}
