import { Module } from '@nestjs/common';
import { OutboxModule } from '@videnbro/outbox';
import { OutboxRelay } from './outbox-relay';
import { RelayLoop } from './relay-loop';
import { SearchIndex } from './search-index';
import { SearchReconciliation } from './search-reconciliation';
import { SearchReindex } from './search-reindex';
import { SearchSourcesRepository } from './search-sources.repository';

const PROVIDERS = [SearchIndex, SearchSourcesRepository, OutboxRelay, SearchReindex, SearchReconciliation];

/** The search index: its documents, settings, relay and reindex. Needs the database and Meilisearch modules. */
@Module({ imports: [OutboxModule], providers: PROVIDERS, exports: [...PROVIDERS, OutboxModule] })
export class SearchIndexModule {}

/** The relay running in a loop for as long as the app runs: for the worker. */
@Module({ imports: [SearchIndexModule], providers: [RelayLoop] })
export class SearchRelayModule {}
