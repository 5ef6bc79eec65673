import { Module } from '@nestjs/common';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { MeiliModule } from '@videnbro/meili';
import { OutboxQueue } from '@videnbro/outbox';
import {
  documentFingerprint,
  OutboxRelay,
  SEARCH_TYPES,
  SearchIndex,
  SearchIndexModule,
  SearchRelayModule,
  SearchSourcesRepository,
} from '@videnbro/search-index';
import type { SearchDocument } from '@videnbro/search-index';

/** The worker's side of search, on the test's database and index prefix (no HTTP, so no Passport). */
export interface TestRelay {
  context: INestApplicationContext;
  relay: OutboxRelay;
  index: SearchIndex;
  queue: OutboxQueue;
  sources: SearchSourcesRepository;
  /** Every document the database says the index should hold, by id. */
  expectedDocuments(): Promise<Map<string, SearchDocument>>;
  /** Every document the index holds, by id. */
  indexedDocuments(): Promise<Map<string, SearchDocument>>;
  close(): Promise<void>;
}

@Module({})
class TestRelayModule {
  static forRoot(config: AppConfig, loop: boolean): DynamicModule {
    return {
      module: TestRelayModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        MeiliModule,
        loop ? SearchRelayModule : SearchIndexModule,
      ],
    };
  }
}

/**
 * Starts the relay's providers; with `loop`, the relay also runs in its loop as in the worker.
 * Without it, tests drive passes themselves (`relay.drain()`), after `index.prepare()`.
 */
export async function startTestRelay(
  config: AppConfig,
  options: { loop?: boolean } = {},
): Promise<TestRelay> {
  const context = await NestFactory.createApplicationContext(
    TestRelayModule.forRoot(config, options.loop ?? false),
    { logger: false },
  );
  await context.init();
  const index = context.get(SearchIndex);
  const sources = context.get(SearchSourcesRepository);
  return {
    context,
    relay: context.get(OutboxRelay),
    index,
    queue: context.get(OutboxQueue),
    sources,
    expectedDocuments: async () => {
      const documents = new Map<string, SearchDocument>();
      for (const type of SEARCH_TYPES) {
        for (const document of await sources.page(type, null, 100_000)) documents.set(document.id, document);
      }
      return documents;
    },
    indexedDocuments: async () => {
      const { results } = await index.index().getDocuments({ limit: 100_000 });
      return new Map(results.map((document) => [document.id, document]));
    },
    close: () => context.close(),
  };
}

/** Id → content hash of each document: two indexes hold the same when these maps are equal. */
export function fingerprints(documents: Map<string, SearchDocument>): Map<string, string> {
  return new Map([...documents].map(([id, document]) => [id, documentFingerprint(document)]));
}
