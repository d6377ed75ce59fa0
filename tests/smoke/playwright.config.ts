import { defineConfig } from '@playwright/test';

/** The installed app's smoke test (tests/smoke/electron.spec.ts), apart from the test host's e2e. */
export default defineConfig({
  testDir: '.',
  timeout: 120_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
