import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './e2e/support/browser';

// Every UI test drives the renderer in Debian's Chromium against `vite preview` of the built app:
// real IndexedDB, real clicks. Playwright downloads no browser here.
const port = Number(process.env.MAZMUN_E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // No retries, in CI either: a test that passes on its second try is a bug hidden as "flaky".
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.e2e-results.json' }]]
    : [['list'], ['json', { outputFile: '.e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    // Each port builds into its own folder, so engineers running e2e side by side never share a build.
    command: `npx vite build --config vite.config.ts --logLevel warn --outDir ../dist/e2e-${port} && npx vite preview --config vite.config.ts --outDir ../dist/e2e-${port} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
