import { useState } from 'react';
import { cddColumnLabels, type ColumnMapping, type MapColumns, type ReturnedFile } from '../../../../../shared/api/cdd';
import type { StructureRow } from '../../../../../shared/api/members';

type Props = {
  file: ReturnedFile;
  structures: StructureRow[];
  busy: boolean;
  onApply: (input: Omit<MapColumns, 'importId' | 'fileIndex'>) => void;
};

const required = ['month', 'occupation', 'hours'] as const;
const optional = ['contracts', 'reason', 'structureName'] as const;

/** A member's own workbook: say which column holds what, and whose file it is. */
export function ColumnMappingForm({ file, structures, busy, onApply }: Props) {
  const [sheetName, setSheetName] = useState(file.sheetName);
  const [headerRow, setHeaderRow] = useState(file.headerRow ?? 1);
  const [mapping, setMapping] = useState<Record<keyof ColumnMapping, number | null>>({ ...file.mapping });
  const [structureId, setStructureId] = useState<number | null>(file.structure?.id ?? file.suggestedStructureId);
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    const missing = required.filter((k) => mapping[k] === null).map((k) => cddColumnLabels[k]);
    if (missing.length > 0) return setError(`Indiquez la colonne : ${missing.join(', ')}.`);
    if (structureId === null) return setError('Indiquez de quelle structure vient ce fichier.');
    setError(null);
    onApply({
      sheetName,
      headerRow,
      structureId,
      mapping: {
        month: mapping.month ?? 1,
        occupation: mapping.occupation ?? 1,
        hours: mapping.hours ?? 1,
        contracts: mapping.contracts,
        reason: mapping.reason,
        structureName: mapping.structureName,
      },
    });
  };

  const columnSelect = (key: keyof ColumnMapping) => (
    <label key={key}>
      {cddColumnLabels[key]}
      {required.includes(key as (typeof required)[number]) ? ' *' : ''}
      <select value={mapping[key] ?? ''} onChange={(e) => setMapping({ ...mapping, [key]: e.target.value === '' ? null : Number(e.target.value) })}>
        <option value="">{required.includes(key as (typeof required)[number]) ? '— choisir —' : 'absente'}</option>
        {file.headers.map((h) => (
          <option key={h.column} value={h.column}>
            {h.letter} — {h.text || '(sans titre)'}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset className="mapping">
      <legend>Ce classeur n’est pas un classeur de collecte Passerelles : indiquez ce que contient chaque colonne</legend>
      <div className="field-row">
        <label>
          Fichier envoyé par
          <select value={structureId ?? ''} onChange={(e) => setStructureId(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">— choisir —</option>
            {structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {file.sheetNames.length > 1 ? (
          <label>
            Feuille
            <select value={sheetName} onChange={(e) => setSheetName(e.target.value)}>
              {file.sheetNames.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          Ligne des titres
          <input type="number" min={1} max={1000} value={headerRow} onChange={(e) => setHeaderRow(Math.max(1, Number(e.target.value) || 1))} />
        </label>
      </div>
      <div className="mapping-grid">{[...required, ...optional].map(columnSelect)}</div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="button" disabled={busy} onClick={apply}>
          Relire le fichier avec ces colonnes
        </button>
      </div>
    </fieldset>
  );
}
