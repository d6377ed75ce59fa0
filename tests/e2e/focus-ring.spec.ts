// Issue 9: the focus ring seen on every background of the app (dark sidebar, page, white panels,
// banners, dialogs, grid cells). Each picture is cut around the focused element; the contrast of
// the ring against what surrounds it is measured from the computed colours as well.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { screen } from './app-helpers';
import { openSeededAssociation } from './seed';

const shots = process.env.PASSERELLES_SCREENS ?? 'test-results/screens';

/** Focuses with the keyboard's heuristics (focus-visible) and photographs the element with a margin. */
async function shootFocused(app: Page, target: Locator, name: string) {
  await target.evaluate((element) => (element as HTMLElement).focus({ focusVisible: true } as FocusOptions));
  await expect(target).toBeFocused();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${name} : élément invisible`);
  const margin = 12;
  await app.screenshot({
    path: `${shots}/focus-${name}.png`,
    clip: { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin },
  });
}

type Rgb = [number, number, number];
const parse = (css: string): Rgb => (css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number) as Rgb;
const luminance = ([r, g, b]: Rgb) => {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The ring's colour against the first opaque background behind the element (WCAG 1.4.11 asks 3:1). */
async function ringContrast(target: Locator): Promise<number> {
  const { outline, background } = await target.evaluate((element) => {
    const outlineColor = getComputedStyle(element).outlineColor;
    let node: Element | null = element.parentElement;
    let bg = 'rgb(255, 255, 255)';
    while (node) {
      const color = getComputedStyle(node).backgroundColor;
      if (color && !/rgba\(.*, 0\)|transparent/.test(color)) {
        bg = color;
        break;
      }
      node = node.parentElement;
    }
    return { outline: outlineColor, background: bg };
  });
  return contrast(parse(outline), parse(background));
}

test('the focus ring is visible on every background: sidebar, page, panel, banner, dialog, grid', async ({ app, host }) => {
  await openSeededAssociation(app, host);
  const places: [string, Locator][] = [
    ['sidebar-section', app.getByRole('navigation', { name: 'Sections' }).getByRole('button').nth(1)],
    ['sidebar-help', app.locator('.sidebar .help-button')],
    ['sidebar-link', app.getByRole('button', { name: 'Sauvegardes…' })],
    ['page-primary-button', app.getByRole('button', { name: 'Ajouter une structure…' })],
    ['page-search', app.getByRole('searchbox', { name: 'Rechercher dans le registre' })],
    ['page-radio', app.getByRole('radio', { name: 'Adhérents' })],
  ];
  for (const [name, target] of places) {
    await shootFocused(app, target, name);
    expect(await ringContrast(target), `contraste de l’anneau : ${name}`).toBeGreaterThanOrEqual(3);
  }
  // A grid cell: AG Grid draws its own ring (the accent colour) inside the cell.
  await app.locator('[role="row"][row-index="0"] [col-id="name"]').click();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowLeft');
  await shootFocused(app, app.locator('[role="row"][row-index="0"] [col-id="name"]'), 'grid-cell-selected-row');
  // The card (white panel), its danger button, and a success banner with its « Annuler ».
  const card = app.getByRole('complementary', { name: 'Fiche de la structure' });
  const danger = card.getByRole('button', { name: 'Supprimer la structure…' });
  await shootFocused(app, danger, 'panel-danger-button');
  expect(await ringContrast(danger)).toBeGreaterThanOrEqual(3);
  await card.getByRole('button', { name: 'Ajouter un contact' }).click();
  const subForm = card.getByLabel('Nom du contact');
  await shootFocused(app, subForm, 'panel-sub-form-field');
  expect(await ringContrast(subForm)).toBeGreaterThanOrEqual(3);
  // A dialog over the backdrop.
  await app.keyboard.press('F1');
  const help = app.getByRole('dialog', { name: /^Aide/ });
  const close = help.getByRole('button', { name: 'Fermer l’aide' });
  await shootFocused(app, close, 'dialog-primary-button');
  expect(await ringContrast(close)).toBeGreaterThanOrEqual(3);
  await app.keyboard.press('Escape');
  await screen(app, 'focus-overview');
});
