import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

/** Several checkouts can run their suites side by side, each on its own port. */
const PORT = Number(process.env.ORGSCOPE_E2E_PORT ?? 4179);
const browser = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The built app registers a service worker that downloads every file of the app in the
    // background and then answers the page's requests itself. Each test's fresh context would pay
    // for that download (on a busy machine) and see cached rather than served files, so only
    // e2e/offline.spec.ts, which tests the worker, allows it.
    serviceWorkers: 'block',
    launchOptions: {
      // Playwright's own Chromium when installed, Debian's otherwise (see scripts/browser.mjs).
      executablePath: browser?.own ? undefined : browser?.path,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
