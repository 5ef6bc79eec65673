import 'reflect-metadata';
import { loadConfigOrExit } from '@videnbro/config';
import { createHttpApp } from '@videnbro/http';
import { AppModule } from './app.module';

async function main() {
  const config = loadConfigOrExit();
  const app = await createHttpApp(AppModule.forRoot(config), config);
  await app.listen({ port: config.port, host: config.host });
}

void main();
