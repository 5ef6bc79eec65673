import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@videnbro/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** Runs until SIGINT or SIGTERM, then closes its modules (and so its connections) and exits. */
async function main() {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  logger.log('Worker started', 'Worker');
  // The relay loop's timers keep the process up until a signal arrives.
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.log(`Worker stopping (${signal})`, 'Worker');
  await app.close();
  logger.log('Worker stopped', 'Worker');
}

void main();
