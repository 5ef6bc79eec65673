import { rm } from 'node:fs/promises';
import { TEST_ENV } from '@videnbro/testing';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { __videnbroServices?: { stop(): Promise<void> } }).__videnbroServices;
  await services?.stop();
  const dataDir = process.env[TEST_ENV.dataDir];
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
