import { useMemo, useState } from 'react';
import { cddReasons, type ReturnedFile } from '../../../../../shared/api/cdd';
import { formatHours, formatInteger } from '../../../../../shared/format/numbers';
import { formatMonth } from '../months';

type Line = { key: string; sheet: string; row: number | null; column: string; status: 'accepted' | 'refused' | 'warning'; text: string };

const statusLabels = { accepted: 'Acceptée', refused: 'Refusée', warning: 'Avertissement' } as const;

/** Every row of the file as read: accepted, refused, or kept with a warning; located as in the spreadsheet. */
export function IssuesTable({ file }: { file: ReturnedFile }) {
  const [onlyRefused, setOnlyRefused] = useState(file.counts.refused > 0);
  const lines = useMemo<Line[]>(() => {
    const accepted: Line[] = file.lines.map((l) => ({
      key: `a${l.row}`,
      sheet: file.sheetName,
      row: l.row,
      column: '',
      status: 'accepted',
      text: [
        formatMonth(l.month),
        l.occupationLabel,
        l.contracts === null ? null : `${formatInteger(l.contracts)} CDD`,
        `${formatHours(l.hours)} h`,
        l.reason ? cddReasons[l.reason] : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
    const issues: Line[] = file.issues.map((i, n) => ({
      key: `i${n}`,
      sheet: i.sheet,
      row: i.row,
      column: i.column,
      status: i.severity === 'error' ? 'refused' : 'warning',
      text: i.message,
    }));
    return [...issues, ...accepted].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }, [file]);
  const shown = onlyRefused ? lines.filter((l) => l.status === 'refused') : lines;
  if (lines.length === 0) return null;
  return (
    <div className="issues">
      {file.counts.refused > 0 ? (
        <label className="inline-check">
          <input type="checkbox" checked={onlyRefused} onChange={(e) => setOnlyRefused(e.target.checked)} /> Seulement les lignes refusées ({formatInteger(file.counts.refused)})
        </label>
      ) : null}
      <div className="scroll-table">
        <table className="table" aria-label={`Lignes de ${file.fileName}`}>
          <thead>
            <tr>
              <th>Feuille</th>
              <th className="number">Ligne</th>
              <th>Colonne</th>
              <th>État</th>
              <th>Contenu ou problème</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr key={l.key} className={l.status === 'refused' ? 'is-refused' : undefined}>
                <td>{l.sheet}</td>
                <td className="number">{l.row ?? '—'}</td>
                <td>{l.column || '—'}</td>
                <td>
                  <span className={l.status === 'refused' ? 'badge badge-error' : l.status === 'warning' ? 'badge badge-warning' : 'badge'}>{statusLabels[l.status]}</span>
                </td>
                <td>{l.text}</td>
              </tr>
            ))}
            {shown.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  Aucune ligne refusée.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {file.lines.length < file.counts.accepted ? <p className="hint">Seules les {formatInteger(file.lines.length)} premières lignes acceptées sont montrées.</p> : null}
    </div>
  );
}
