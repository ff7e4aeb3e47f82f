import { defineConfig, devices } from '@playwright/test';

// run-e2e.mjs builds, serves and sets both; running Playwright by hand needs them too.
const baseURL = process.env.BASE_URL;
const executablePath = process.env.CHROMIUM_PATH;
if (!baseURL || !executablePath) {
  throw new Error('BASE_URL and CHROMIUM_PATH must be set: run `npm run test:e2e`.');
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  forbidOnly: !!process.env.CI,
  // Two cores: one browser at a time keeps timings stable.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 1024, height: 768 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1024, height: 768 },
        launchOptions: {
          executablePath,
          // Root in CI needs --no-sandbox; the rest keeps the system Chromium off the network.
          // Playwright gives each context its own profile, so no --user-data-dir.
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
        },
      },
    },
  ],
});
