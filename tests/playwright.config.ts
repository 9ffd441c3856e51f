import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/chromium.mjs';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE ?? '/';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  // One retry on CI absorbs a slow moment on a shared machine; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  // Hydration waits on a visible island; give a busy machine a moment before calling it missing.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    // The offline worker precaches the whole book; only the tests about it let it run (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'book', testIgnore: /interaction\.spec\.ts/ },
    // A time worth reporting is taken on a quiet machine: after every other test, with nothing beside it.
    { name: 'interaction', testMatch: /interaction\.spec\.ts/, dependencies: ['book'] },
  ],
  webServer: {
    command: `astro preview --port ${port}`,
    cwd: '..',
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
