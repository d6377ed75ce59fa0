import type { ReturnRow } from '../../../../shared/api/opca';
import type { FundingStatus } from '../../../../shared/api/trainings';
import { requiredImportFields, type ImportField } from '../../../../shared/domain/trainings/opca-layout';
import { parseFrenchDate } from '../../../../shared/format/dates';
import { parseFrenchNumber } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { searchKey } from '../../reference/search-key';
import type { ParticipantLine } from '../../store/trainings/participant-lines';
import type { PlainValue, SheetGrid } from '../members-import/read-rows';

const textOf = (value: PlainValue | undefined) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** A fund's wording of its decision. Empty = no decision in this row (nothing changes). */
export function parseDecision(text: string): FundingStatus | null | 'unknown' {
  const key = searchKey(text);
  if (key === '') return null;
  if (/\b(partiel|partielle|en partie|partiellement)\b/.test(key)) return 'partial';
  if (/\b(refus|refuse|refusee|defavorable|non|rejet|rejete|rejetee)\b/.test(key)) return 'refused';
  if (/\b(attente|en cours|a l etude|instruction)\b/.test(key)) return 'pending';
  if (/\b(accord|accorde|accordee|favorable|oui|ok|pris en charge|prise en charge|valide|validee|acceptee?)\b/.test(key)) return 'accepted';
  return 'unknown';
}

const digits = (text: string) => text.replace(/\D/g, '');
const personKey = (last: string, first: string) => `${searchKey(last)}|${searchKey(first)}`;
const lineLabel = (line: ParticipantLine) => `${line.firstName} ${line.lastName} — ${line.structureName || 'sans employeur'} — ${line.trainingTitle}`;

/**
 * Reads every row under the header and matches it to the participants of the scope: by name,
 * then SIRET, then action title and start date to part homonyms. Nothing is written here.
 */
export function matchRows(grid: SheetGrid, headerIndex: number, columns: Map<ImportField, number>, lines: readonly ParticipantLine[]): ReturnRow[] {
  const byPerson = new Map<string, ParticipantLine[]>();
  for (const line of lines) {
    const key = personKey(line.lastName, line.firstName);
    byPerson.set(key, [...(byPerson.get(key) ?? []), line]);
  }
  const cell = (values: PlainValue[], field: ImportField) => {
    const index = columns.get(field);
    return index === undefined ? undefined : values[index + 1];
  };
  const seen = new Map<number, number>();
  const rows: ReturnRow[] = [];
  for (const row of grid.rows.slice(headerIndex + 1)) {
    const lastName = textOf(cell(row.values, 'lastName'));
    const firstName = textOf(cell(row.values, 'firstName'));
    const siret = digits(textOf(cell(row.values, 'siret')));
    const trainingTitle = textOf(cell(row.values, 'trainingTitle'));
    const decisionText = textOf(cell(row.values, 'decision'));
    const amountValue = cell(row.values, 'fundedAmount');
    const note = textOf(cell(row.values, 'note'));
    if (!lastName && !firstName && !siret && !decisionText && (amountValue === undefined || amountValue === null)) continue;
    // A totals line under the list is no trainee.
    if (/^total\b/i.test(searchKey(lastName || textOf(row.values[1])))) continue;
    const base = { rowNumber: row.number, name: `${firstName} ${lastName}`.trim(), siret, trainingTitle, note, participantId: null, candidates: [] as ReturnRow['candidates'] };
    const invalid = (message: string): ReturnRow => ({ ...base, decision: null, fundedCents: null, status: 'invalid', message });
    if (!lastName) {
      rows.push(invalid('Nom du stagiaire absent : la ligne ne peut pas être rapprochée.'));
      continue;
    }
    const decision = parseDecision(decisionText);
    if (decision === 'unknown') {
      rows.push(invalid(`Décision « ${decisionText} » non reconnue : écrivez par exemple « Accord », « Accord partiel » ou « Refus ».`));
      continue;
    }
    let fundedCents: number | null = null;
    if (amountValue !== undefined && amountValue !== null && textOf(amountValue) !== '') {
      const amount = parseFrenchNumber(amountValue);
      if (amount === null || amount < 0) {
        rows.push(invalid(`Montant « ${textOf(amountValue)} » illisible : indiquez un nombre d’euros, par exemple 350,50.`));
        continue;
      }
      fundedCents = Math.round(amount * 100);
    }
    const values = { decision: decision ?? (fundedCents !== null ? 'accepted' : null), fundedCents };
    let candidates = byPerson.get(personKey(lastName, firstName)) ?? [];
    if (candidates.length === 0) {
      rows.push({ ...base, ...values, status: 'unmatched', message: `${base.name} ne participe à aucune action de cette sélection : choisissez le participant, ou ignorez la ligne.`, candidates: lines.map((l) => ({ participantId: l.participantId, label: lineLabel(l) })) });
      continue;
    }
    if (siret) {
      const sameSiret = candidates.filter((l) => digits(l.structureSiret) === siret);
      if (sameSiret.length === 0) {
        rows.push({ ...base, ...values, status: 'unmatched', message: `Le SIRET ${siret} n’est pas celui de l’employeur de ${base.name} dans le fichier : vérifiez, puis choisissez le participant ou ignorez la ligne.`, candidates: candidates.map((l) => ({ participantId: l.participantId, label: lineLabel(l) })) });
        continue;
      }
      candidates = sameSiret;
    }
    if (candidates.length > 1 && trainingTitle) {
      const title = searchKey(trainingTitle);
      const sameTitle = candidates.filter((l) => searchKey(l.trainingTitle).includes(title) || title.includes(searchKey(l.trainingTitle)));
      if (sameTitle.length > 0) candidates = sameTitle;
    }
    const start = parseFrenchDate(cell(row.values, 'startDate') as string | number | null | undefined);
    if (candidates.length > 1 && start) {
      const sameStart = candidates.filter((l) => l.startDate === start);
      if (sameStart.length > 0) candidates = sameStart;
    }
    if (candidates.length > 1) {
      rows.push({ ...base, ...values, status: 'ambiguous', message: `${base.name} participe à ${countOf(candidates.length, 'action', 'actions')} de cette sélection : choisissez laquelle.`, candidates: candidates.map((l) => ({ participantId: l.participantId, label: lineLabel(l) })) });
      continue;
    }
    const line = candidates[0]!;
    const earlier = seen.get(line.participantId);
    if (earlier !== undefined) {
      rows.push({ ...base, ...values, status: 'duplicate', message: `Même stagiaire et même action qu’à la ligne ${earlier} : seule la première ligne sera prise en compte.`, participantId: line.participantId });
      continue;
    }
    seen.set(line.participantId, row.number);
    rows.push({ ...base, ...values, status: 'matched', message: '', participantId: line.participantId, candidates: [{ participantId: line.participantId, label: lineLabel(line) }] });
  }
  return rows;
}

export function missingColumnsOf(columns: Map<ImportField, number>): ImportField[] {
  const missing = requiredImportFields.filter((field) => !columns.has(field));
  if (!columns.has('decision') && !columns.has('fundedAmount')) missing.push('decision');
  return missing;
}
