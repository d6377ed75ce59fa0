import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './host-fixture';

/** WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices: what the project promised in issue 9. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Minor findings are read in the report, the others fail the test. */
const failing = new Set(['moderate', 'serious', 'critical']);

export type AxeOptions = {
  /** Only this part of the page (a dialog, a panel), as a CSS selector. */
  include?: string;
  /** Parts to leave out, with the reason in the caller's comment. */
  exclude?: string[];
};

/**
 * Runs axe-core on what the page shows now and fails on any violation of impact moderate or above,
 * naming the rule, the elements and what to fix. axe's source is evaluated by Playwright from the
 * test side: the app's CSP (script-src 'self') stays as it ships.
 * Usage in any spec: `await expectNoAxeViolations(app, 'trainings-list')`.
 */
export async function expectNoAxeViolations(app: Page, screenName: string, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page: app }).withTags(tags);
  if (options.include) builder = builder.include(options.include);
  for (const part of options.exclude ?? []) builder = builder.exclude(part);
  const results = await builder.analyze();
  const violations = results.violations
    .filter((v) => failing.has(v.impact ?? ''))
    .map((v) => `${v.impact} ${v.id} : ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`).join('\n')}`);
  expect(violations, `axe sur « ${screenName} »`).toEqual([]);
}
