import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/support/chromium';

// e2e/global-setup.ts starts an embedded Postgres with the demo record and the production build on this port.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 30_000,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [
    // First, alone: it walks the demo record as loaded, before other tests approve and edit.
    { name: 'published-only', testMatch: 'published-only.spec.ts', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'chromium',
      testIgnore: ['published-only.spec.ts', 'hostile-input.spec.ts'],
      dependencies: ['published-only'],
      teardown: 'hostile input',
      use: { ...devices['Desktop Chrome'] },
    },
    // Last: it plants about 80 payloads in the shared record, enough to change the home page's latest lists, so it
    // runs once every other test has finished (a teardown runs whatever their outcome) and none of them meets them.
    { name: 'hostile input', testMatch: 'hostile-input.spec.ts', use: { ...devices['Desktop Chrome'] } },
  ],
});
