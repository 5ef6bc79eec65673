import 'reflect-metadata';
import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, parseConfig } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { startDevServices } from '@videnbro/dev-services';
import { MeiliModule } from '@videnbro/meili';
import { SearchIndexModule, SearchReindex } from '@videnbro/search-index';

@Module({})
class ReindexModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ReindexModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, MeiliModule, SearchIndexModule],
    };
  }
}

/**
 * `npm run search:reindex`: builds a fresh search index from the database and swaps it in, while
 * searches keep working. Uses DATABASE_URL and MEILI_URL when set, else the embedded services under
 * DATA_DIR (those of a running `npm start`, or started for the command).
 */
async function main() {
  const services = await startDevServices({
    dataDir: process.env.DATA_DIR ?? '.data',
    logger: (line) => console.error(line),
  });
  try {
    const config = parseConfig({
      ...process.env,
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      LOG_LEVEL: 'silent',
    });
    const app = await NestFactory.createApplicationContext(ReindexModule.forRoot(config), { logger: false });
    try {
      const started = performance.now();
      const { documents, reopenedOutboxRows } = await app.get(SearchReindex).run();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Reindexed in ${seconds} s: ${documents.need} need(s), ${documents.competence} competence(s), ` +
          `${documents.organization} organisation(s); ${reopenedOutboxRows} change(s) made during the rebuild go to the worker again.`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
