import { DEMO_PASSWORD, DEMO_USERS } from '@videnbro/demo-data';
import { startDevServices } from '@videnbro/dev-services';
import { ManagedProcess, runToCompletion, startProcess, stopProcesses } from './processes';
import { assertPortFree, waitForHttp } from './wait-for';

/**
 * `npm start` (and `npm run dev` with --dev): the whole platform on one machine. Starts Postgres and
 * Meilisearch unless DATABASE_URL / MEILI_URL point elsewhere, migrates, seeds demo data into an empty
 * database, runs the api (serving the web app) and the worker, and stops it all on Ctrl-C.
 */
async function main() {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? 'localhost';
  const dataDir = process.env.DATA_DIR ?? '.data';
  const node = process.execPath;
  const running: ManagedProcess[] = [];
  let stopping = false;

  await assertPortFree(port, host);
  const services = await startDevServices({ dataDir, logger: (line) => console.log(`[services] ${line}`) });

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await stopProcesses(running);
    await services.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      PORT: String(port),
      HOST: host,
      DATA_DIR: dataDir,
      WEB_DIST: dev ? '' : (process.env.WEB_DIST ?? 'dist/apps/web'),
    };
    await runToCompletion('migrate', node, ['dist/apps/cli/main.js', 'db:migrate'], env);
    await runToCompletion('seed', node, ['dist/apps/cli/main.js', 'seed', '--if-empty'], env);

    for (const app of ['api', 'worker']) {
      const bundle = `dist/apps/${app}/main.js`;
      if (dev) {
        const build = ['libs/platform/build/build-node.mjs', `apps/${app}/src/main.ts`, bundle, '--watch'];
        running.push(startProcess(`${app}:build`, node, build, env));
      }
      const args = [...(dev ? ['--watch'] : []), '--enable-source-maps', bundle];
      running.push(startProcess(app, node, args, env));
    }
    if (dev) {
      running.push(
        startProcess(
          'web',
          node,
          ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.mts'],
          env,
        ),
      );
    }
    for (const child of running) {
      void child.exited.then((code) => {
        if (!stopping && !(dev && child.name.endsWith(':build'))) {
          console.error(`${child.name} exited (code ${code}); stopping the platform.`);
          void shutdown(1);
        }
      });
    }

    await waitForHttp(`http://localhost:${port}/api/health/ready`, 60_000, () => !stopping);
    const url = dev ? 'http://localhost:4200' : `http://localhost:${port}`;
    console.log(`
  Videnbro is running at ${url}
  API: http://localhost:${port}/api (docs at /api/docs)

  Demo sign-ins (password ${DEMO_PASSWORD}):
${DEMO_USERS.map((user) => `    ${user.email.padEnd(32)} ${user.description}`).join('\n')}

  Press Ctrl-C to stop.
`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
