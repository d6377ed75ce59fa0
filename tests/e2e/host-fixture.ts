import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export type Host = {
  url: string;
  workspace: string;
  /** Answers the next file dialogs (a path, several paths, or null to cancel), in order. */
  answerDialogs: (...answers: (string | string[] | null)[]) => Promise<void>;
};

async function startHost(workspace: string): Promise<{ process: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [resolve(process.env.PASSERELLES_OUT_DIR ?? 'out', 'host/server.js'), '--workspace', workspace, '--quiet'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`hôte de test muet : ${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PASSERELLES_HOST_URL=(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`hôte de test arrêté (${code}) : ${output}`)));
  });
  return { process: child, url };
}

/** Console errors a test provokes on purpose (e.g. a CSP violation); any other one fails the test. */
export type ConsoleErrors = { allow: (pattern: RegExp) => void };

/** Each test gets its own host, workspace folder and page; any console error fails the test. */
export const test = base.extend<{ host: Host; consoleErrors: ConsoleErrors & { allowed: RegExp[] }; app: Page }>({
  host: async ({ request }, use) => {
    const workspace = mkdtempSync(join(tmpdir(), 'passerelles-e2e-'));
    const started = await startHost(workspace);
    const url = new URL(started.url);
    const token = url.searchParams.get('token') ?? '';
    await use({
      url: started.url,
      workspace,
      answerDialogs: async (...answers) => {
        const response = await request.post(`${url.origin}/__host/dialogs`, {
          headers: { 'x-passerelles-token': token },
          data: { answers },
        });
        expect(response.ok()).toBe(true);
      },
    });
    started.process.kill('SIGTERM');
    await new Promise((done) => started.process.once('exit', done));
    rmSync(workspace, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
  consoleErrors: async ({}, use) => {
    const allowed: RegExp[] = [];
    await use({ allowed, allow: (pattern) => allowed.push(pattern) });
  },
  app: async ({ page, host, consoleErrors }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(host.url);
    await use(page);
    const unexpected = problems.filter((text) => !consoleErrors.allowed.some((pattern) => pattern.test(text)));
    expect(unexpected, 'erreurs dans la console du navigateur').toEqual([]);
  },
});

export { expect };
