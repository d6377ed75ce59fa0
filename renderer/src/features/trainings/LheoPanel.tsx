import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import type { LheoPreview } from '../../../../shared/api/lheo';
import { formatDate } from '../../../../shared/format/dates';
import { formatDecimal } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { currentYear, failureMessage, useInvalidateTrainings } from './queries';

/** Training offers in LHEO 2.3: a provider's or catalogue's file in (preview, then commit), the association's trainings out. */
export function LheoPanel({ onImported }: { onImported: (id: number) => void }) {
  const invalidate = useInvalidateTrainings();
  const [preview, setPreview] = useState<LheoPreview | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const onError = (e: unknown) => {
    const text = failureMessage(e);
    setMessage(text ? { tone: 'error', text } : null);
  };
  const read = useMutation({ mutationFn: () => call('lheo.read'), onMutate: () => setMessage(null), onSuccess: setPreview, onError });
  const exportAll = useMutation({
    mutationFn: () => call('lheo.export', { trainingIds: null }),
    onMutate: () => setMessage(null),
    onSuccess: (r) => setMessage({ tone: 'success', text: `« ${r.fileName} » enregistré : ${countOf(r.count, 'formation', 'formations')} au format LHEO 2.3.` }),
    onError,
  });
  return (
    <div className="lheo-panel">
      <h2 className="small-heading">Offres LHEO</h2>
      <div className="toolbar">
        <button type="button" onClick={() => read.mutate()} disabled={read.isPending}>
          Importer une offre LHEO…
        </button>
        <button type="button" onClick={() => exportAll.mutate()} disabled={exportAll.isPending}>
          Exporter en LHEO…
        </button>
      </div>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      {preview ? (
        <LheoPreviewDialog
          preview={preview}
          onClose={() => setPreview(null)}
          onDone={async (text, firstId) => {
            setPreview(null);
            setMessage({ tone: 'success', text });
            await invalidate();
            if (firstId !== null) onImported(firstId);
          }}
        />
      ) : null}
    </div>
  );
}

function LheoPreviewDialog({ preview, onClose, onDone }: { preview: LheoPreview; onClose: () => void; onDone: (text: string, firstId: number | null) => void }) {
  const [chosen, setChosen] = useState(() => new Set(preview.actions.map((a) => a.ref)));
  const [year, setYear] = useState(String(currentYear()));
  const [error, setError] = useState<string | null>(null);
  const commit = useMutation({
    mutationFn: () => call('lheo.commit', { importId: preview.importId, refs: [...chosen], planYear: year ? Number(year) : null }),
    onSuccess: (r) => onDone(`Offre importée : ${countOf(r.created, 'formation créée', 'formations créées')}, ${countOf(r.updated, 'mise à jour', 'mises à jour')}.`, r.firstId),
    onError: (e) => setError(failureMessage(e)),
  });
  return (
    <Modal
      title={`Offre LHEO : ${preview.fileName}`}
      onClose={onClose}
      wide
      confirmDiscard={false}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="button" className="primary" disabled={chosen.size === 0 || commit.isPending} onClick={() => commit.mutate()}>
            Importer {countOf(chosen.size, 'action', 'actions')}
          </button>
        </>
      }
    >
      <p>Rien n’est enregistré avant « Importer ». Une action déjà importée depuis la même offre est mise à jour, ses nouvelles sessions ajoutées.</p>
      {preview.actions.length === 0 ? <Notice tone="warning">Aucune action lisible dans ce fichier.</Notice> : null}
      {preview.actions.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Importer</th>
              <th scope="col">Formation</th>
              <th scope="col">Organisme</th>
              <th scope="col">Heures</th>
              <th scope="col">Sessions</th>
            </tr>
          </thead>
          <tbody>
            {preview.actions.map((a) => (
              <tr key={a.ref}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Importer « ${a.title} »`}
                    checked={chosen.has(a.ref)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(a.ref);
                      else next.delete(a.ref);
                      setChosen(next);
                    }}
                  />
                </td>
                <td>
                  {a.title}
                  {a.isUpdate ? <span className="hint"> (déjà importée : mise à jour)</span> : null}
                </td>
                <td>{a.providerName}</td>
                <td className="number">{a.durationHours ? formatDecimal(a.durationHours) : ''}</td>
                <td>
                  {a.sessions}
                  {a.firstDate ? `, dès le ${formatDate(a.firstDate)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.issues.length > 0 ? (
        <Notice tone="warning">
          <p>{countOf(preview.issues.length, 'problème relevé', 'problèmes relevés')} dans le fichier :</p>
          <ul>
            {preview.issues.slice(0, 20).map((issue, i) => (
              <li key={i}>
                ligne {issue.line} — {issue.message}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className="field-row">
        <label>
          Rattacher au plan de l’année
          <input type="text" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value.replace(/\D/g, '').slice(0, 4))} />
        </label>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </Modal>
  );
}
