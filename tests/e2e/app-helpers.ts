import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
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
type GridApi = {
  isDestroyed: () => boolean;
  getGridOption: (key: 'rowData') => unknown;
  forEachNodeAfterFilterAndSort: (cb: (n: { data?: RowData }) => void) => void;
};

/**
 * The register's rows as the grid shows them (filtered, sorted). Waits until the grid is mounted
 * and has received its rows: right after opening a file the query may still be loading.
 */
export async function displayedRows(app: Page): Promise<RowData[]> {
  await app.waitForFunction(() => {
    const grid = (window as unknown as { __passerellesGrids?: Record<string, GridApi> }).__passerellesGrids?.register;
    return grid !== undefined && !grid.isDestroyed() && grid.getGridOption('rowData') !== undefined;
  });
  return app.evaluate(() => {
    const grid = (window as unknown as { __passerellesGrids?: Record<string, GridApi> }).__passerellesGrids?.register;
    const rows: RowData[] = [];
    grid?.forEachNodeAfterFilterAndSort((node) => {
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


/**
 * Drags files from the desktop onto an element and lets them go (what a drop from a folder or a
 * mail does); `whileOver` runs while the files hover, e.g. to take the picture of the drop zone.
 */
export async function dropFiles(page: Page, target: Locator, paths: string[], whileOver?: () => Promise<unknown>): Promise<void> {
  const files = paths.map((path) => ({ name: path.split('/').pop() ?? 'classeur.xlsx', base64: readFileSync(path).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    }
    return transfer;
  }, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(target).toHaveClass(/is-over/);
  if (whileOver) await whileOver();
  await target.dispatchEvent('drop', { dataTransfer });
}
