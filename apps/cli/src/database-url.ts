import { startDevServices } from '@videnbro/dev-services';

/**
 * The database the CLI works on: DATABASE_URL when set, else the embedded one under DATA_DIR (the one
 * `npm start` uses, reused when it is already running, started for the duration of the command if not).
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const services = await startDevServices({
    dataDir: process.env.DATA_DIR ?? '.data',
    services: ['postgres'],
    logger: (line) => console.error(line),
  });
  try {
    return await work(services.databaseUrl);
  } finally {
    await services.stop();
  }
}
