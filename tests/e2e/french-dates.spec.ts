// Issue 7: date fields read jj/mm/aaaa. The page says it is French, the browser runs in fr-FR (as
// the desktop app does: shell/app.ts sets --lang=fr-FR), and a date typed as a French person types
// it, day first, lands on the right day.
import { createAssociation, screen } from './app-helpers';
import { test, expect } from './host-fixture';

test('a date field takes the day first: 18062015 typed is 18 June 2015', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  expect(await app.evaluate(() => ({ lang: document.documentElement.lang, locale: navigator.language }))).toEqual({ lang: 'fr', locale: 'fr-FR' });
  await app.getByRole('button', { name: /Charte/ }).first().click();
  await app.getByRole('button', { name: 'Écrire la charte' }).click();
  const adoptedOn = app.getByLabel('Adoptée le');
  await expect(adoptedOn).not.toHaveValue(''); // today, by default
  await screen(app, 'date-field-today');
  // Focused from the keyboard, the field starts at its first segment; Chromium fills the segments
  // in the order it shows them, so this proves the order is jj, then mm, then aaaa.
  await adoptedOn.focus();
  await app.keyboard.type('18062015');
  await expect(adoptedOn).toHaveValue('2015-06-18');
  await screen(app, 'date-field-typed');
});
