import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type Host } from './host-fixture';

type RowData = Record<string, unknown>;

/** Screenshots to look at; PASSERELLES_SCREENS moves them out of test-results when other runs share the checkout. */
export const screen = (app: Page, name: string) => app.screenshot({ path: join(process.env.PASSERELLES_SCREENS ?? 'test-results/screens', `${name}.png`) });

/** Lets the test read each grid through its API (DataGrid registers itself when this object exists). */
export async function exposeGrids(app: Page): Promise<void> {
  await app.addInitScript(() => {
    (window as unknown as { __passerellesGrids: object }).__passerellesGrids = {};
  });
  await app.reload();
}

/** The rows the register grid displays, in order, as its API gives them. */
export function displayedRows(app: Page): Promise<RowData[]> {
  return app.evaluate(() => {
    const grids = (window as unknown as { __passerellesGrids?: Record<string, { forEachNodeAfterFilterAndSort: (cb: (n: { data?: RowData }) => void) => void }> })
      .__passerellesGrids;
    const rows: RowData[] = [];
    grids?.register?.forEachNodeAfterFilterAndSort((node) => {
      if (node.data) rows.push(node.data);
    });
    return rows;
  });
}

export async function createAssociation(app: Page, host: Host, name: string): Promise<string> {
  const file = join(host.workspace, `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.passerelles`);
  await app.getByRole('button', { name: 'Créer une association…' }).click();
  await app.getByLabel('Nom de l’association').fill(name);
  await app.getByLabel('Territoire').fill('Pays du Bocage (Orne)');
  await host.answerDialogs(file);
  await app.getByRole('button', { name: 'Créer et choisir où l’enregistrer…' }).click();
  await expect(app.locator('.association-name')).toHaveText(name);
  return file;
}

