import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '@videnbro/http';
import { createTestContext } from '@videnbro/testing';
import type { TestContext } from '@videnbro/testing';
import { AppModule } from './app.module';

export interface TestApi {
  app: NestFastifyApplication;
  context: TestContext;
  close(): Promise<void>;
}

/** The real API on its own database, booted exactly as `main.ts` boots it. For integration specs. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const context = await createTestContext(env);
  const app = await createHttpApp(AppModule.forRoot(context.config), context.config);
  return {
    app,
    context,
    close: async () => {
      await app.close();
      await context.cleanup();
    },
  };
}
