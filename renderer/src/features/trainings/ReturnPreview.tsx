import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import type { ReturnPreview as Preview } from '../../../../shared/api/opca';
import { fundingStatuses } from '../../../../shared/api/trainings';
import { opcas, type Opca } from '../../../../shared/domain/structure';
import { importFieldCodes, importFields, type ImportField, type ImportMapping } from '../../../../shared/domain/trainings/opca-layout';
import { formatEuros } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { failureMessage } from './queries';

type Props = { opca: Opca; preview: Preview; onChange: (preview: Preview) => void; onClose: () => void; onCommitted: (message: string) => void };

const statusLabels = { matched: 'Rapprochée', ambiguous: 'À trancher', unmatched: 'Inconnue', duplicate: 'En double', invalid: 'Refusée' } as const;

/** The fund's return before anything is written: columns, rows and what the person decides for the doubtful ones. */
export function ReturnPreview({ opca, preview, onChange, onClose, onCommitted }: Props) {
  const [mapping, setMapping] = useState<ImportMapping>(preview.mapping);
  const [choices, setChoices] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  const remap = useMutation({
    mutationFn: () => call('opca.remapReturn', { importId: preview.importId, mapping }),
    onSuccess: (next) => {
      setError(null);
      onChange(next);
    },
    onError: (e) => setError(failureMessage(e)),
  });
  const commit = useMutation({
    mutationFn: () =>
      call('opca.commitReturn', {
        importId: preview.importId,
        resolutions: Object.entries(choices).map(([row, value]) => ({ rowNumber: Number(row), participantId: value === 'skip' ? null : Number(value) })),
      }),
    onSuccess: (result) => onCommitted(`Retour de ${opcas[opca]} enregistré : ${countOf(result.updated, 'participant mis à jour', 'participants mis à jour')}, ${countOf(result.skipped, 'ligne ignorée', 'lignes ignorées')}.`),
    onError: (e) => setError(failureMessage(e)),
  });
  const toDecide = preview.rows.filter((r) => r.status === 'ambiguous' || r.status === 'unmatched');
  const undecided = toDecide.filter((r) => !choices[r.rowNumber]).length;
  const c = preview.counts;
  return (
    <Modal
      title={`Retour de ${opcas[opca]} : ${preview.fileName}`}
      onClose={onClose}
      wide
      confirmDiscard={false}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="button" className="primary" disabled={preview.missingColumns.length > 0 || undecided > 0 || commit.isPending} onClick={() => commit.mutate()}>
            Enregistrer les décisions
          </button>
        </>
      }
    >
      <p>
        Feuille « {preview.sheetName} » : {countOf(c.matched, 'ligne rapprochée', 'lignes rapprochées')}, {countOf(c.ambiguous + c.unmatched, 'à trancher', 'à trancher')},{' '}
        {countOf(c.duplicate, 'en double', 'en double')}, {countOf(c.invalid, 'refusée', 'refusées')}. Rien n’est enregistré avant « Enregistrer les décisions ».
      </p>
      <fieldset className="mapping">
        <legend>Colonnes du classeur de l’OPCA</legend>
        <div className="field-row">
          {importFieldCodes.map((field: ImportField) => (
            <label key={field}>
              {importFields[field]}
              <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || undefined })}>
                <option value="">(aucune)</option>
                {preview.headers.filter(Boolean).map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="button" onClick={() => remap.mutate()} disabled={remap.isPending}>
            Appliquer et retenir pour cet OPCA
          </button>
        </div>
      </fieldset>
      {preview.missingColumns.length > 0 ? (
        <Notice tone="error">Colonnes indispensables introuvables : {preview.missingColumns.map((f) => importFields[f]).join(', ')}. Indiquez-les ci-dessus.</Notice>
      ) : null}
      {preview.rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Ligne</th>
                <th scope="col">Stagiaire</th>
                <th scope="col">Décision</th>
                <th scope="col">Montant</th>
                <th scope="col">État</th>
                <th scope="col">Participant</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.rowNumber} className={`return-${row.status}`}>
                  <td>{row.rowNumber}</td>
                  <td>{row.name}</td>
                  <td>{row.decision ? fundingStatuses[row.decision] : ''}</td>
                  <td className="number">{row.fundedCents !== null ? formatEuros(row.fundedCents) : ''}</td>
                  <td>
                    {statusLabels[row.status]}
                    {row.message ? <div className="hint">{row.message}</div> : null}
                  </td>
                  <td>
                    {row.status === 'ambiguous' || row.status === 'unmatched' ? (
                      <select aria-label={`Participant de la ligne ${row.rowNumber}`} value={choices[row.rowNumber] ?? ''} onChange={(e) => setChoices({ ...choices, [row.rowNumber]: e.target.value })}>
                        <option value="">Choisir…</option>
                        <option value="skip">Ignorer la ligne</option>
                        {row.candidates.map((candidate) => (
                          <option key={candidate.participantId} value={candidate.participantId}>
                            {candidate.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      (row.candidates[0]?.label ?? '')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </Modal>
  );
}
