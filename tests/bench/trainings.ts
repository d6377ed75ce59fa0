import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/main/dispatch';
import { closeWindowSession } from '../../electron/main/handlers/association';
import { createHostWindow } from '../../electron/main/host-window';
import { participantLines } from '../../electron/main/store/trainings/participant-lines';
import { readProfile } from '../../electron/main/store/trainings/opca-profiles';
import { cellOf, numberFormatOf, totalsByStructure } from '../../electron/main/workbooks/opca-export/write';
import type { Bench } from './registry';

const participants = 2_000;
const structures = 60;
const trainings = 40;
const runs = 5;

/** A regional plan: 60 structures (half of each fund), 40 actions of 4 sessions, 2,000 participants. */
function fillPlan(db: Database.Database) {
  const stamp = '2025-01-01T00:00:00.000Z';
  db.transaction(() => {
    for (let s = 1; s <= structures; s += 1) {
      db.prepare('INSERT INTO structure (id, name, siret, finess_et, opca, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        s,
        `Structure ${s.toString().padStart(2, '0')}`,
        String(40000000000000 + s),
        `61${String(1000000 + s)}`,
        s % 2 === 0 ? 'unifaf' : 'uniformation',
        stamp,
        stamp,
      );
    }
    for (let t = 1; t <= trainings; t += 1) {
      db.prepare("INSERT INTO training (id, title, provider_name, provider_siret, duration_hours, cost_cents, plan_year, created_at, updated_at) VALUES (?, ?, 'IRFSS Normandie', '77567227238579', 28, 1000000, 2025, ?, ?)").run(t, `Action ${t}`, stamp, stamp);
      for (let d = 0; d < 4; d += 1) db.prepare('INSERT INTO training_session (training_id, starts_on, ends_on) VALUES (?, ?, ?)').run(t, `2025-${String(3 + d * 2).padStart(2, '0')}-1${d}`, `2025-${String(3 + d * 2).padStart(2, '0')}-1${d}`);
    }
    for (let p = 1; p <= participants; p += 1) {
      const structureId = 1 + (p % structures);
      db.prepare("INSERT INTO person (id, last_name, first_name, kind, structure_id, retention_until, created_at, updated_at) VALUES (?, ?, ?, 'trainee', ?, '2030-01-01', ?, ?)").run(p, `Nom${p}`, `Prénom${p}`, structureId, stamp, stamp);
      db.prepare("INSERT INTO training_participant (training_id, person_id, structure_id, occupation_label, created_at, updated_at) VALUES (?, ?, ?, 'Aide-soignant', ?, ?)").run(1 + (p % trainings), p, structureId, stamp, stamp);
    }
  })();
}

/**
 * The same cells — values and their number formats (a date or an amount is not the same cell
 * without its format) — written by exceljs's streaming writer with nothing else: no query, no
 * cost split, no layout, no checks, no header style, no draft file moved into place.
 */
async function bareWrite(path: string, header: string[], rows: unknown[][], formats: (string | undefined)[], summary: unknown[][]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Stagiaires');
  sheet.addRow(header).commit();
  for (const values of rows) {
    const row = sheet.addRow(values);
    for (let i = 0; i < formats.length; i += 1) if (formats[i] && values[i] !== null) row.getCell(i + 1).numFmt = formats[i]!;
    row.commit();
  }
  sheet.commit();
  const totals = workbook.addWorksheet('Synthèse');
  for (const row of summary) totals.addRow(row).commit();
  totals.commit();
  await workbook.commit();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const trainingBenches: Bench[] = [
  {
    name: 'trainings: regional plan (2,000 participants) exported per fund vs bare exceljs',
    target: 1.5,
    async run() {
      const folder = mkdtempSync(join(tmpdir(), 'passerelles-bench-trainings-'));
      try {
        const host = createHostWindow(folder);
        const call = async (name: string, input?: unknown) => {
          const result = await dispatch(host.handlers, name, input);
          if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
          return result.value;
        };
        host.enqueue(join(folder, 'plan.passerelles'));
        await call('association.create', { name: 'Bench', territory: 'Orne' });
        const db = host.context.session.file!.db;
        fillPlan(db);
        // The baseline's cells: what the export writes, computed once outside its timing.
        const bare = (['unifaf', 'uniformation'] as const).map((opca) => {
          const layout = readProfile(db, opca).layout;
          const lines = participantLines(db, { kind: 'plan', year: 2025 }).filter((l) => l.opca === opca);
          const summary = totalsByStructure(lines).map((t) => [t.structureName, t.siret, t.participants, t.hours, t.costCents / 100]);
          return { header: layout.columns.map((c) => c.header), formats: layout.columns.map((c) => numberFormatOf(c.field, layout)), rows: lines.map((line) => layout.columns.map((c) => cellOf(line, c.field))), summary: [['Structure', 'SIRET', 'Stagiaires', 'Heures', 'Coût'], ...summary] };
        });
        const measured: number[] = [];
        const baseline: number[] = [];
        for (let run = 0; run <= runs; run += 1) {
          let started = performance.now();
          for (const opca of ['unifaf', 'uniformation']) {
            host.enqueue(join(folder, `${opca}-${run}.xlsx`));
            await call('opca.export', { scope: { kind: 'plan', year: 2025 }, opca });
          }
          const ms = performance.now() - started;
          started = performance.now();
          for (const [i, book] of bare.entries()) await bareWrite(join(folder, `bare-${i}-${run}.xlsx`), book.header, book.rows, book.formats, book.summary);
          const baselineMs = performance.now() - started;
          // The first round warms both paths (module loading, JIT): not counted.
          if (run > 0) {
            measured.push(ms);
            baseline.push(baselineMs);
          }
        }
        closeWindowSession(host.context);
        return { ms: median(measured), baselineMs: median(baseline) };
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
];
