import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { siretFrom } from './finess-files';

type Cell = string | number | null | { t: 'n' | 's'; v: number | string; f?: string; z?: string };

export const messyHeaders = [
  'Raison sociale', // A
  'N° FINESS', // B
  'SIRET', // C
  'Type', // D
  'Adresse', // E
  'CP', // F
  'Commune', // G
  'Directeur', // H
  'Tél.', // I
  'Mail', // J
  'OPCA', // K
  'Effectif', // L
  'ETP', // M
  'Adhérent 2025', // N
  'Cotisation', // O
  'Payée le', // P
];

export const ehpadSiret = siretFrom('7785012000101');

/**
 * A members list as a coordinator keeps it, written by SheetJS (not exceljs): a title merged over
 * the columns, a blank line, headers on row 3, phones typed as numbers, a date as text and one as
 * an Excel serial, a fee computed by a formula, a commune merged over two rows, a row with errors,
 * a duplicate, a partner without identifiers, and a totals row with SUM formulas.
 */
export function messyMembersRows(): Cell[][] {
  return [
    ['Association MCE-M3S — liste des adhérents 2025'],
    [],
    messyHeaders,
    ['EHPAD Notre-Dame', '610000101', ehpadSiret, 'EHPAD', '2 rue de la Gare', '61220', 'Briouze', 'Mme Claire Martin', 233623001, 'Direction@EHPAD-ND.fr', 'Unifaf', 45, '38,5', 'Oui', { t: 'n', v: 150, f: '100+50' }, '12/03/2025'],
    ['SAAD UNA du Bocage', '610000143', null, 'Aide à domicile', '5 place Saint-Jean', 61100, 'Flers', 'M. Paul Durand', '02 33 65 00 05', 'contact@una-bocage.fr', 'Uniformation', 120, 80, 'x', 300, { t: 'n', v: 45731, z: 'dd/mm/yyyy' }],
    [],
    ['ESAT du Bocage', '610000192', null, 'ESAT', '8 route de Bagnoles', '61600', 'La Ferté-Macé', null, null, null, 'Unifaf', 60, 52, 'Oui', 200, null],
    ['IME La Clairière', 610000200, null, 'IME', '3 chemin des Prés', '61600', null, null, null, null, null, 35, 30, 'Non', null, null],
    ['Structure mal saisie', '12345', null, 'EHPAD', null, '61100', 'Flers', 'Mme Test', null, 'pas-un-mail', null, 'douze', null, null, null, null],
    ['Cabinet infirmier Dupont', null, null, 'Infirmier libéral', null, '61800', 'Tinchebray-Bocage', null, 233660099, null, null, 2, null, 'Oui', 50, '05/01/2025'],
    ['EHPAD Notre-Dame (doublon)', '610 000 101', null, 'EHPAD', null, '61220', 'Briouze', null, null, null, null, null, null, null, null, null],
    ['Total', null, null, null, null, null, null, null, null, null, null, { t: 'n', v: 262, f: 'SUM(L4:L10)' }, { t: 'n', v: 200.5, f: 'SUM(M4:M10)' }, null, { t: 'n', v: 700, f: 'SUM(O4:O10)' }, null],
  ];
}

export function writeWorkbook(path: string, sheets: { name: string; rows: Cell[][]; merges?: string[] }[]): string {
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const worksheet = XLSX.utils.aoa_to_sheet(sheet.rows);
    worksheet['!merges'] = (sheet.merges ?? []).map((range) => XLSX.utils.decode_range(range));
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.name);
  }
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

export function writeMessyMembers(path: string): string {
  return writeWorkbook(path, [
    { name: 'Notes', rows: [['Mise à jour le 02/02/2025'], ['Voir avec la présidente pour les cotisations']] },
    // The commune and OPCA of the ESAT are merged down over the IME's row.
    { name: 'Adhérents 2025', rows: messyMembersRows(), merges: ['A1:P1', 'G7:G8', 'K7:K8'] },
  ]);
}
