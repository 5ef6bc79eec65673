import { defineConfig, devices } from '@playwright/test';

// The stack under test: the same launcher as `npm start`, on its own port and data folder, so a
// developer's running platform is left alone. Built by `nx run e2e:e2e` (or npm test) beforehand.
const port = Number(process.env.E2E_PORT ?? 3199);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './src',
  outputDir: '../dist/e2e/artifacts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../dist/test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    testIdAttribute: 'data-testid',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not possible here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', dependencies: ['setup'] },
  ],
  webServer: {
    command: 'rm -rf dist/e2e/data && node dist/apps/launcher/main.js',
    cwd: '..',
    url: `${baseURL}/api/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      PORT: String(port),
      DATA_DIR: 'dist/e2e/data',
      DEV_POSTGRES_PORT: '0',
      DEV_MEILI_PORT: '0',
      LOG_LEVEL: 'warn',
    },
  },
});
