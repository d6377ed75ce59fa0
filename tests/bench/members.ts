import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/main/dispatch';
import { closeWindowSession } from '../../electron/main/handlers/association';
import { createHostWindow } from '../../electron/main/host-window';
import type { Bench } from './registry';

const rowCount = 10_000;
const communes = [
  ['61100', 'Flers'],
  ['61600', 'La Ferté-Macé'],
  ['61000', 'Alençon'],
  ['61220', 'Briouze'],
  ['61800', 'Tinchebray-Bocage'],
];
const types = ['EHPAD', 'SAAD', 'SSIAD', 'ESAT', 'IME', 'Centre de soins infirmiers'];

function luhnKey(stem: string): string {
  for (let key = 0; key < 10; key += 1) {
    const digits = `${stem}${key}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i += 1) {
      let digit = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return digits;
  }
  return `${stem}0`;
}

/** The FINESS number of the bench list's row i (0 for the first structure), its key included. */
export const memberBenchFiness = (i: number) => luhnKey(`61${String(100_000 + i).padStart(6, '0')}`);

/** A coordinator's layout, 10,000 rows: title, header, identifiers, commune, director, membership. */
export async function memberBenchWorkbook(path: string, rows = rowCount): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Adhérents 2025');
  sheet.addRow(['Liste des adhérents 2025']).commit();
  sheet
    .addRow(['Raison sociale', 'N° FINESS', 'SIRET', 'Type', 'Adresse', 'CP', 'Commune', 'Directeur', 'Tél.', 'Mail', 'OPCA', 'Effectif', 'ETP', 'Adhérent 2025', 'Cotisation', 'Payée le'])
    .commit();
  for (let i = 0; i < rows; i += 1) {
    const [postcode, commune] = communes[i % communes.length] ?? ['61100', 'Flers'];
    sheet
      .addRow([
        `Structure ${i}`,
        // Real FINESS numbers pass their key: a list where every one fails it is not what is measured.
        memberBenchFiness(i),
        luhnKey(`4${String(100_000_000_000 + i).slice(-12)}`),
        types[i % types.length],
        `${i % 90} rue de la Gare`,
        postcode,
        commune,
        `Directeur ${i}`,
        233_000_000 + i,
        `direction${i}@exemple.fr`,
        i % 2 === 0 ? 'Unifaf' : 'Uniformation',
        10 + (i % 200),
        `${5 + (i % 100)},5`,
        'Oui',
        100 + (i % 50),
        45_700 + (i % 300),
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function streamingRead(path: string): Promise<number> {
  let rows = 0;
  for await (const worksheet of new ExcelJS.stream.xlsx.WorkbookReader(path, {})) {
    for await (const _row of worksheet as unknown as AsyncIterable<unknown>) rows += 1;
  }
  return rows;
}

/** read → map → validate (preview) → commit, into a fresh association file, through the contract. */
async function fullImport(folder: string, workbookPath: string, run: number): Promise<number> {
  const host = createHostWindow(folder);
  const call = async (name: string, input?: unknown) => {
    const result = await dispatch(host.handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  host.enqueue(join(folder, `bench-${run}.passerelles`));
  await call('association.create', { name: 'Banc d’essai', territory: '' });
  const started = performance.now();
  host.enqueue(workbookPath);
  const read = (await call('membersWorkbook.read')) as { importId: string; suggestedSheet: string; sheets: { name: string; columns: { index: number; suggestedField: string | null }[] }[] };
  const sheet = read.sheets.find((s) => s.name === read.suggestedSheet);
  const mapping = Object.fromEntries((sheet?.columns ?? []).map((column) => [String(column.index), column.suggestedField]));
  const choice = { importId: read.importId, sheet: read.suggestedSheet, mapping };
  const preview = (await call('membersWorkbook.preview', choice)) as { rows: { messages: { message: string }[] }[] };
  const warned = preview.rows.find((row) => row.messages.length > 0);
  if (warned) throw new Error(`bench: a clean list was measured with a message: ${warned.messages[0]?.message ?? ''}`);
  const counts = await call('membersWorkbook.commit', choice);
  const ms = performance.now() - started;
  if (counts.added !== rowCount) throw new Error(`bench: ${String(counts.added)} rows added instead of ${rowCount}`);
  closeWindowSession(host.context);
  return ms;
}

// The machine is shared: the fastest of several interleaved runs is the least disturbed measure of each.
const fastest = (values: number[]) => Math.min(...values);

export const memberBenches: Bench[] = [
  {
    name: 'members-workbook-import-10k',
    target: 1.3,
    run: async () => {
      const folder = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
      try {
        const path = join(folder, 'adherents-10k.xlsx');
        await memberBenchWorkbook(path);
        // Warm-up: JIT, and the commune directory's first load (once per app run, not per import).
        if ((await streamingRead(path)) !== rowCount + 2) throw new Error('bench: unexpected row count');
        await fullImport(folder, path, 0);
        const baselines: number[] = [];
        const imports: number[] = [];
        for (let run = 1; run <= 5; run += 1) {
          const started = performance.now();
          await streamingRead(path);
          baselines.push(performance.now() - started);
          imports.push(await fullImport(folder, path, run));
        }
        return { ms: fastest(imports), baselineMs: fastest(baselines) };
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
];
