import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@videnbro/config';
import { parseConfig } from '@videnbro/config';
import { runMigrations } from '@videnbro/database';
import { startDevServices } from '@videnbro/dev-services';
import { createHttpApp } from '@videnbro/http';
import { randomBytes } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { AppModule } from './app.module';

/** What a benchmark runs against: the API app on embedded services, migrated, not listening yet. */
export interface BenchStack {
  app: NestFastifyApplication;
  config: AppConfig;
}

/**
 * Starts embedded PostgreSQL and Meilisearch with their data under `work`, migrates, creates the API
 * app with `settings` (NODE_ENV, LOG_LEVEL, …) and runs `bench` on it; closes and stops all of it after.
 */
export async function withBenchStack<T>(
  work: string,
  settings: Record<string, string>,
  bench: (stack: BenchStack) => Promise<T>,
): Promise<T> {
  // Embedded PostgreSQL runs as the `postgres` user when started as root: it must reach the data dir.
  await chmod(work, 0o711);
  const services = await startDevServices({
    dataDir: join(work, 'data'),
    env: { PATH: process.env.PATH },
    postgresPort: 0,
    meiliPort: 0,
    logger: () => undefined,
  });
  try {
    const config = parseConfig({
      // Production mode (as the benchmarks run) requires a consent-link secret; any will do here.
      CASE_LINK_SECRET: randomBytes(32).toString('hex'),
      ...settings,
      WEB_DIST: '',
      HOST: '127.0.0.1',
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
    });
    await runMigrations(services.databaseUrl);
    const app = await createHttpApp(AppModule.forRoot(config), config);
    try {
      return await bench({ app, config });
    } finally {
      await app.close();
    }
  } finally {
    await services.stop();
  }
}

/** Lets the app listen on a free local port; returns the base URL of API version 1. */
export async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api/v1`;
}
