import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { sitePort } from './tests/e2e/ports.ts';

/** Debian's Chromium where present (Playwright cannot download its own browser here). */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/**
 * One port per checkout (several worktrees may run their tests at once on one machine), and never
 * a server that is already running: a test must see this checkout's dist/, not another's.
 */
const PORT = sitePort();
/** The sub-path build (dist-subpath/, served under /pufa/) on the next port. */
const SUBPATH_PORT = PORT + 600;
const SUBPATH_ENV = { PUFA_SITE_CONFIG: 'tests/fixtures/site.subpath.yaml', PUFA_OUT_DIR: './dist-subpath' };
const phone = { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' as const };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'phone', use: phone, testIgnore: /subpath\.spec\.ts$/ },
    { name: 'subpath', use: { ...phone, baseURL: `http://127.0.0.1:${SUBPATH_PORT}` }, testMatch: /subpath\.spec\.ts$/ },
  ],
  webServer: [
    {
      // Serves the already built dist/ (npm test builds first).
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The sub-path build, under /pufa/ (npm test builds it; built here when missing).
      command: `[ -f dist-subpath/index.html ] || npm run build:subpath; exec astro preview --ignore-lock --host 127.0.0.1 --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/pufa/`,
      env: SUBPATH_ENV,
      reuseExistingServer: false,
      timeout: 600_000,
    },
  ],
});
