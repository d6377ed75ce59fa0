import { useMemo, useState } from 'react';
import type { Occupation, ReturnedFile } from '../../../../../shared/api/cdd';
import { formatInteger } from '../../../../../shared/format/numbers';

type Props = {
  file: ReturnedFile;
  occupations: Occupation[];
  busy: boolean;
  onResolve: (choices: { typed: string; occupationKey: string }[], saveAsSynonyms: boolean) => void;
};

/**
 * Job titles the file uses that match no occupation (`matched` false): pick one (closest first),
 * optionally remembered as a synonym. With `matched`, the titles counted as an occupation under
 * another name (« AS de nuit » → Aide-soignant): shown so the coordinator can correct them first.
 */
export function UnknownOccupations({ file, occupations, busy, onResolve, matched = false }: Props & { matched?: boolean }) {
  const unknown = useMemo(() => {
    const byTyped = new Map<string, { typed: string; rows: number; suggestions: ReturnedFile['issues'][number]['suggestions'] }>();
    for (const issue of file.issues) {
      if (!issue.typedOccupation || (issue.severity === 'warning') !== matched) continue;
      const entry = byTyped.get(issue.typedOccupation) ?? { typed: issue.typedOccupation, rows: 0, suggestions: issue.suggestions };
      entry.rows += 1;
      byTyped.set(issue.typedOccupation, entry);
    }
    return [...byTyped.values()];
  }, [file.issues, matched]);
  const [choices, setChoices] = useState<Record<string, string>>(() => Object.fromEntries(unknown.map((u) => [u.typed, u.suggestions[0]?.occupationKey ?? ''])));
  const [remember, setRemember] = useState(true);
  if (unknown.length === 0) return null;
  // For matched titles, only the ones the person changed are sent back.
  const chosen = unknown
    .filter((u) => choices[u.typed] && (!matched || choices[u.typed] !== u.suggestions[0]?.occupationKey))
    .map((u) => ({ typed: u.typed, occupationKey: choices[u.typed] ?? '' }));
  return (
    <fieldset className="unknown-occupations">
      <legend>{matched ? 'Intitulés rattachés à un métier : vérifiez' : 'Métiers non reconnus'}</legend>
      <table className="table">
        <thead>
          <tr>
            <th>Écrit dans le fichier</th>
            {matched ? null : <th className="number">Lignes</th>}
            <th>{matched ? 'Compté comme' : 'Correspond au métier'}</th>
          </tr>
        </thead>
        <tbody>
          {unknown.map((u) => (
            <tr key={u.typed}>
              <td>« {u.typed} »</td>
              {matched ? null : <td className="number">{formatInteger(u.rows)}</td>}
              <td>
                <select aria-label={`Métier pour « ${u.typed} »`} value={choices[u.typed] ?? ''} onChange={(e) => setChoices({ ...choices, [u.typed]: e.target.value })}>
                  {matched ? null : <option value="">— laisser refusé —</option>}
                  {u.suggestions.length > 0 ? (
                    <optgroup label="Les plus proches">
                      {u.suggestions.map((s) => (
                        <option key={s.occupationKey} value={s.occupationKey}>
                          {s.label}
                        </option>
                      ))}
                    </optgroup>
                  ) : null}
                  <optgroup label="Tous les métiers">
                    {occupations.map((o) => (
                      <option key={o.key} value={o.key}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="inline-check">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Retenir ces intitulés comme synonymes pour les prochains fichiers
      </label>
      <div className="toolbar">
        <button type="button" disabled={busy || chosen.length === 0} onClick={() => onResolve(chosen, remember)}>
          {matched ? 'Corriger et relire le fichier' : 'Rattacher et relire le fichier'}
        </button>
      </div>
    </fieldset>
  );
}
