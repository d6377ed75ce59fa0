import { describe, expect, it } from 'vitest';
import { findHeaderRow, suggestField, suggestMapping, yearInHeaders } from '../../../electron/main/workbooks/members-import/headers';
import type { SheetGrid } from '../../../electron/main/workbooks/members-import/read-rows';

describe('header synonyms', () => {
  it.each([
    ['Raison sociale', 'name'],
    ['Nom de l’établissement', 'name'],
    ["NOM DE L'ETABLISSEMENT", 'name'],
    ['Structure', 'name'],
    ['N° FINESS', 'finessEt'],
    ['Finess ET', 'finessEt'],
    ['n°finess', 'finessEt'],
    ['FINESS EJ', 'finessEj'],
    ['Finess juridique', 'finessEj'],
    ['SIRET', 'siret'],
    ['N° Siret', 'siret'],
    ['Commune', 'communeName'],
    ['Ville', 'communeName'],
    ['Code INSEE', 'communeCode'],
    ['CP', 'postcode'],
    ['C.P.', 'postcode'],
    ['Code postal', 'postcode'],
    ['Adresse', 'address'],
    ['Adresse mail', 'email'],
    ['Tél.', 'phone'],
    ['Téléphone', 'phone'],
    ['Mail', 'email'],
    ['Courriel', 'email'],
    ['E-mail', 'email'],
    ['Directeur', 'directorName'],
    ['Nom du directeur', 'directorName'],
    ['Mail direction', 'directorEmail'],
    ['Tél. directeur', 'directorPhone'],
    ['Président(e)', 'presidentName'],
    ['Courriel présidente', 'presidentEmail'],
    ['DRH', 'hrName'],
    ['Mail RH', 'hrEmail'],
    ['OPCA', 'opca'],
    ['OPCO', 'opca'],
    ['Effectif', 'headcount'],
    ['Nombre de salariés', 'headcount'],
    ['ETP', 'fte'],
    ['Adhérent 2025', 'isMember'],
    ['Adhésion', 'isMember'],
    ['Cotisation', 'feeEuros'],
    ['Cotisation 2025 (€)', 'feeEuros'],
    ['Payée le', 'paidOn'],
    ['Date de paiement', 'paidOn'],
    ['Type de structure', 'type'],
    ['Catégorie', 'type'],
    ['Secteur', 'field'],
    ['Remarques', 'notes'],
  ])('« %s » → %s', (header, field) => {
    expect(suggestField(header)).toBe(field);
  });

  it('leaves unknown headers and empty cells unmapped, and gives each field to its first column only', () => {
    expect(suggestField('Couleur préférée')).toBeNull();
    expect(suggestField('  ')).toBeNull();
    expect(suggestMapping(['Raison sociale', 'Tél.', 'Téléphone portable', 'Divers'])).toEqual(['name', 'phone', null, null]);
  });

  it('reads the membership year from the membership headers only', () => {
    expect(yearInHeaders(['Raison sociale', 'Créé en 2015', 'Adhérent 2025'])).toBe(2025);
    expect(yearInHeaders(['Raison sociale', 'Cotisation'])).toBeNull();
  });
});

describe('finding the header row', () => {
  const grid = (rows: (string | number | null)[][]): SheetGrid => ({
    name: 'Feuil1',
    isHidden: false,
    columnCount: 5,
    rows: rows.map((values, i) => ({ number: i + 1, values: [null, ...values] })),
  });

  it('skips a title merged over the row and picks the row with the most known headers', () => {
    const title = 'Liste des adhérents — structure et contacts';
    const found = findHeaderRow(grid([[title, title, title, title], ['Mise à jour : mars 2025'], ['Raison sociale', 'Commune', 'Directeur', 'Mail'], ['EHPAD', 'Flers', 'Mme A', 'a@b.fr']]));
    expect(found).toEqual({ index: 2, score: 4 });
  });

  it('looks no further than the first 15 rows, and falls back to the first row', () => {
    const rows: (string | null)[][] = Array.from({ length: 15 }, (_, i) => [`Ligne ${i}`]);
    rows.push(['Raison sociale', 'Commune', 'Mail']);
    expect(findHeaderRow(grid(rows))).toEqual({ index: 0, score: 0 });
  });
});
