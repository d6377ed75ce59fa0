import ExcelJS from 'exceljs';
import type { LevelDefinition } from '../../../shared/domain/competencies/levels';
import { formatDate } from '../../../shared/format/dates';
import { savedOrExplained } from './saved-or-explained';

export type NeedLine = { occupationLabel: string; label: string; required: number; isCore: boolean; people: number; missingLevels: number };

// exceljs writes every string as a string cell (never a formula); the text format keeps labels
// that start with = + - @ text when someone edits the cell in Excel (formula injection).
const textColumn = { numFmt: '@' };

/** The territory's training needs, one line per occupation and competency, for the coordinator and the OPCA. */
export async function writeTrainingNeedsWorkbook(path: string, lines: readonly NeedLine[], levels: readonly LevelDefinition[], now: Date): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelles';
  workbook.created = now;
  const sheet = workbook.addWorksheet('Besoins de formation', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Métier visé', key: 'occupation', width: 40, style: textColumn },
    { header: 'Compétence', key: 'competency', width: 60, style: textColumn },
    { header: 'Cœur de métier', key: 'core', width: 14 },
    { header: 'Niveau requis', key: 'required', width: 18 },
    { header: 'Personnes concernées', key: 'people', width: 14 },
    { header: 'Niveaux manquants (total)', key: 'missing', width: 16 },
  ];
  const levelName = new Map(levels.map((l) => [l.level, `${l.level} – ${l.label}`]));
  for (const line of lines)
    sheet.addRow({
      occupation: line.occupationLabel,
      competency: line.label,
      core: line.isCore ? 'Oui' : 'Non',
      required: levelName.get(line.required) ?? String(line.required),
      people: line.people,
      missing: line.missingLevels,
    });
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5D62' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 6 } };
  const about = workbook.addWorksheet('À propos');
  about.addRow(['Besoins de formation du territoire, calculés par Passerelles le ' + formatDate(now.toISOString().slice(0, 10))]);
  about.addRow(['Pour chaque personne, l’écart entre ses évaluations les plus récentes et la grille du métier visé (celle de l’employeur visé s’il en a une).']);
  about.addRow(['Aucun nom de personne n’est dans ce classeur : seulement des nombres de personnes.']);
  about.getColumn(1).width = 120;
  await savedOrExplained(path, () => workbook.xlsx.writeFile(path));
}
