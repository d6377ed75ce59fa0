import type { CddColumn, CddReason, ImportIssue } from '../../../../shared/api/cdd';
import type { OccupationMatch } from '../../../../shared/domain/occupations/match';
import { jobTitleKey } from '../../../../shared/domain/occupations/normalise';
import { formatDecimal } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { monthText } from '../cdd-collection/layout';
import { cellText, parseAmount, parseMonth, parseReason } from './cells';
import { columnLetter, normaliseHeader } from './headers';
import type { CellValue, SheetGrid } from '../xlsx-reader/read-workbook';

export type AcceptedLine = { row: number; month: string; occupationKey: string; contracts: number | null; hours: number; reason: CddReason | null };

export type RowRules = {
  sheet: SheetGrid;
  headerRow: number;
  mapping: Record<CddColumn, number | null>;
  /** Months outside it are refused; null = any month (the period is then taken from the data). */
  period: { from: string; to: string } | null;
  structureName: string;
  match: (typed: string) => OccupationMatch;
  /** Typed title (as a jobTitleKey-free exact text, trimmed) → occupation, chosen by the person for this file. */
  choices: ReadonlyMap<string, string>;
  maxHoursPerContractMonth: number;
};

export type RowsResult = {
  lines: AcceptedLine[];
  issues: ImportIssue[];
  counts: { accepted: number; refused: number; blank: number; warnings: number };
  totals: { hours: number; contracts: number };
  monthRange: { from: string; to: string } | null;
};

const maxIssues = 1000;
/** One line of more hours than this is refused even without a number of contracts (a year's FTE is 1,607 h). */
const maxHoursPerLine = 10_000;

/**
 * Checks every data row below the header. Rows with neither contracts nor hours are blank (the
 * template prefills month and occupation). Merged cells were already spread by the reader.
 */
export function validateRows(rules: RowRules): RowsResult {
  const { sheet, mapping } = rules;
  const lines: AcceptedLine[] = [];
  const issues: ImportIssue[] = [];
  const counts = { accepted: 0, refused: 0, blank: 0, warnings: 0 };
  const totals = { hours: 0, contracts: 0 };
  let minMonth = '';
  let maxMonth = '';
  const expectedStructure = normaliseHeader(rules.structureName);
  // The matcher normalises every title before its own cache: a file repeats a few dozen titles
  // over thousands of rows, so remember each typed text once.
  const matches = new Map<string, OccupationMatch>();
  const matchOf = (typed: string) => {
    let result = matches.get(typed);
    if (!result) matches.set(typed, (result = rules.match(typed)));
    return result;
  };
  // Each typed title is compared with the occupation it counts as once, and said once when it is
  // another name (« AS de nuit » → Aide-soignant). Compared on every row, the exact titles of a
  // 100,000-row file cost 1.4 s of normalisation.
  const comparedTitles = new Set<string>();

  const cell = (values: CellValue[], field: CddColumn): CellValue => {
    const column = mapping[field];
    if (column === null) return null;
    const value = values[column - 1] ?? null;
    return typeof value === 'string' && value.trim() === '' ? null : value;
  };

  for (const { number: row, values } of sheet.rows) {
    if (row <= rules.headerRow) continue;
    const monthValue = cell(values, 'month');
    const occupationValue = cell(values, 'occupation');
    const structureValue = cell(values, 'structureName');
    const contractsValue = cell(values, 'contracts');
    const hoursValue = cell(values, 'hours');
    if (contractsValue === null && hoursValue === null) {
      counts.blank += 1;
      continue;
    }

    let isRefused = false;
    const report = (field: CddColumn | null, severity: 'error' | 'warning', message: string, extra: Partial<ImportIssue> = {}) => {
      if (severity === 'error') isRefused = true;
      else counts.warnings += 1;
      if (issues.length < maxIssues) {
        const column = field ? mapping[field] : null;
        issues.push({ sheet: sheet.name, row, column: column ? columnLetter(column) : '', severity, message, typedOccupation: null, suggestions: [], ...extra });
      }
    };

    const month = parseMonth(monthValue);
    if (monthValue === null) report('month', 'error', 'Le mois manque : indiquez-le au format MM/AAAA (par exemple 03/2025).');
    else if (!month) report('month', 'error', `« ${cellText(monthValue)} » n’est pas un mois : écrivez-le au format MM/AAAA (par exemple 03/2025).`);
    else if (rules.period && (month < rules.period.from || month > rules.period.to))
      report('month', 'error', `Le mois ${monthText(month)} est hors de la période du fichier (${monthText(rules.period.from)} à ${monthText(rules.period.to)}) : corrigez le mois, ou importez ce mois avec le fichier de la bonne période.`);

    let occupationKey: string | null = null;
    const typed = cellText(occupationValue);
    if (typed === '') report('occupation', 'error', 'Le métier manque : choisissez-le dans la liste.');
    else {
      const chosen = rules.choices.get(typed);
      const match = chosen ? null : matchOf(typed);
      occupationKey = chosen ?? match?.occupationKey ?? null;
      const matched = match && occupationKey ? match.suggestions.find((s) => s.occupationKey === occupationKey) : undefined;
      if (match && matched && !comparedTitles.has(typed)) {
        comparedTitles.add(typed);
        if (jobTitleKey(typed) !== jobTitleKey(matched.label)) {
          report('occupation', 'warning', `«\u00a0${typed}\u00a0» est compté comme «\u00a0${matched.label}\u00a0» : si ce n’est pas le bon métier, choisissez-le ci-dessous avant d’importer.`, {
            typedOccupation: typed,
            // The occupation counted first: the screen preselects it.
            suggestions: [matched, ...match.suggestions.filter((s) => s !== matched)].map(({ occupationKey: key, label, score }) => ({ occupationKey: key, label, score })),
          });
        }
      }
      if (!occupationKey && match) {
        const closest = match.suggestions[0];
        report(
          'occupation',
          'error',
          closest
            ? `Métier inconnu : « ${typed} ». Le plus proche est « ${closest.label} » : choisissez le bon métier pour cet intitulé.`
            : `Métier inconnu : « ${typed} ». Choisissez le métier correspondant, ou ajoutez-le à la liste des métiers.`,
          { typedOccupation: typed, suggestions: match.suggestions.map(({ occupationKey: key, label, score }) => ({ occupationKey: key, label, score })) },
        );
      }
    }

    const contracts = parseAmount(contractsValue);
    if (contracts !== null) {
      if (Number.isNaN(contracts)) report('contracts', 'error', `« ${cellText(contractsValue)} » n’est pas un nombre de contrats : indiquez un nombre entier (par exemple 3).`);
      else if (contracts < 0) report('contracts', 'error', 'Le nombre de CDD est négatif : indiquez 0 ou plus.');
      else if (!Number.isInteger(contracts)) report('contracts', 'error', `Le nombre de CDD doit être entier (${formatDecimal(contracts)} lu) : indiquez un nombre de contrats.`);
    }
    const hours = parseAmount(hoursValue);
    if (hours === null) report('hours', 'error', 'Les heures manquent : indiquez le total des heures de CDD du mois (0 s’il n’y en a pas).');
    else if (Number.isNaN(hours)) report('hours', 'error', `« ${cellText(hoursValue)} » n’est pas un nombre d’heures : écrivez un nombre d’heures travaillées, par exemple 133,9 pour un temps plein tout le mois.`);
    else if (hours < 0) report('hours', 'error', `Les heures sont négatives (${formatDecimal(hours)}) : indiquez 0 ou plus.`);
    else if (contracts !== null && !Number.isNaN(contracts) && contracts >= 0) {
      const limit = Math.max(contracts, 1) * rules.maxHoursPerContractMonth;
      if (hours > limit)
        report(
          'hours',
          'error',
          `${formatDecimal(hours)} h pour ${countOf(contracts, 'contrat', 'contrats')} en un mois, c’est plus qu’un mois n’en compte (limite : ${Math.max(contracts, 1)} × ${rules.maxHoursPerContractMonth} h = ${formatDecimal(limit)} h) : vérifiez les heures ou le nombre de contrats.`,
        );
    } else if (hours > maxHoursPerLine) report('hours', 'error', `${formatDecimal(hours)} h sur une ligne, c’est plus que possible en un mois : vérifiez les heures.`);

    const reasonValue = cell(values, 'reason');
    let reason = parseReason(reasonValue);
    if (reasonValue !== null && reason === null) {
      report('reason', 'warning', `Motif « ${cellText(reasonValue)} » non reconnu : la ligne est gardée avec le motif « Autre ».`);
      reason = 'other';
    }
    if (structureValue !== null && expectedStructure !== '' && structureValue !== rules.structureName && normaliseHeader(structureValue) !== expectedStructure)
      report('structureName', 'warning', `Cette ligne porte le nom « ${cellText(structureValue)} » : elle sera comptée pour « ${rules.structureName} ».`);

    if (isRefused || month === null || occupationKey === null || hours === null) {
      counts.refused += 1;
      continue;
    }
    if (hours === 0 && (contracts ?? 0) === 0) {
      counts.blank += 1;
      continue;
    }
    const contractCount = contracts === null || Number.isNaN(contracts) ? null : contracts;
    lines.push({ row, month, occupationKey, contracts: contractCount, hours, reason });
    counts.accepted += 1;
    totals.hours += hours;
    totals.contracts += contractCount ?? 0;
    if (minMonth === '' || month < minMonth) minMonth = month;
    if (month > maxMonth) maxMonth = month;
  }
  return { lines, issues, counts, totals, monthRange: minMonth === '' ? null : { from: minMonth, to: maxMonth } };
}
