import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // What electron/main/shell/app.ts sets for the app: the browser's own language, which date
        // fields follow (jj/mm/aaaa); the context's locale above only reaches navigator.language.
        '--lang=fr-FR',
      ],
      // Chromium on Linux takes its language from the environment rather than --lang.
      env: { ...process.env, LANGUAGE: 'fr_FR', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' },
    },
  },
});
