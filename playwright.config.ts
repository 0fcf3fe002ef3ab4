import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
// The flags this machine's Chromium needs headless as root (shared with bench/run.mjs).
import chromiumArgs from './chromium-args.json' with { type: 'json' };

/** Debian's Chromium unless CHROMIUM_PATH names another; Playwright's own browser when neither exists. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  globalTimeout: 10 * 60_000,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        ...chromiumArgs,
        // The bookmarklet e2e serves a Dashboard-like page as manage.auth0.com on loopback.
        '--host-resolver-rules=MAP manage.auth0.com 127.0.0.1',
      ],
    },
  },
  projects: [
    { name: 'e2e', testIgnore: /bounded(-rows)?\.spec\.ts/ },
    // Long-task budgets are measured with the CPU to themselves: after every other test, one at a time.
    { name: 'timing', testMatch: /bounded\.spec\.ts/, dependencies: ['e2e'], fullyParallel: false },
    // Its own project after that one, so no two timed files share the CPU (projects, not files, run in order).
    { name: 'timing-rows', testMatch: /bounded-rows\.spec\.ts/, dependencies: ['timing'] },
  ],
  webServer: {
    // The built page, with its Content-Security-Policy, exactly as it ships.
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
