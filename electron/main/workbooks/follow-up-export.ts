import ExcelJS from 'exceljs';
import { renameSync, rmSync } from 'node:fs';
import { addSheet, type Column } from './register-export';
import { savedOrExplained } from './saved-or-explained';

type Contact = { name: string; role: string; email: string };
type Reminded = { name: string; epciName?: string; feeCents?: number | null; contacts: Contact[] };

/** One line per contact e-mail (what a mail merge wants), or one line without e-mail to say none is known. */
export type ReminderLine = { structure: string; epci: string; fee: number | null; contact: string; role: string; email: string };

export function reminderLines(rows: readonly Reminded[]): { lines: ReminderLine[]; withoutEmail: number } {
  const lines: ReminderLine[] = [];
  let withoutEmail = 0;
  for (const row of rows) {
    const base = { structure: row.name, epci: row.epciName ?? '', fee: row.feeCents == null ? null : row.feeCents / 100 };
    if (row.contacts.length === 0) {
      withoutEmail += 1;
      lines.push({ ...base, contact: '', role: '', email: 'aucune adresse e-mail connue : complétez la fiche' });
      continue;
    }
    for (const contact of row.contacts) lines.push({ ...base, contact: contact.name, role: contact.role, email: contact.email });
  }
  return { lines, withoutEmail };
}

/** The reminder list as a one-sheet .xlsx (draft then moved into place, as the register export). */
export async function exportReminders(path: string, sheetName: string, title: { feeHeader: string | null }, rows: readonly Reminded[]): Promise<{ rowCount: number; withoutEmail: number }> {
  const { lines, withoutEmail } = reminderLines(rows);
  const columns: Column<ReminderLine>[] = [
    { header: 'Structure', width: 40, kind: 'text', value: (line) => line.structure },
    { header: 'EPCI', width: 30, kind: 'text', value: (line) => line.epci },
    ...(title.feeHeader ? [{ header: title.feeHeader, width: 14, kind: 'euros' as const, value: (line: ReminderLine) => line.fee }] : []),
    { header: 'Contact', width: 28, kind: 'text', value: (line) => line.contact },
    { header: 'Rôle', width: 22, kind: 'text', value: (line) => line.role },
    { header: 'E-mail', width: 36, kind: 'text', value: (line) => line.email },
  ];
  const draft = `${path}.export`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: draft, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Passerelles';
  try {
    addSheet(workbook, sheetName, columns, lines);
    await savedOrExplained(path, async () => {
      await workbook.commit();
      renameSync(draft, path);
    });
    return { rowCount: rows.length, withoutEmail };
  } catch (error) {
    rmSync(draft, { force: true });
    throw error;
  }
}
