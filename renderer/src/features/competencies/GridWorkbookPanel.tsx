import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { CallOutput } from '../../../../shared/api';
import { countOf } from '../../../../shared/format/plural';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { failureMessage, useInvalidateCompetencies } from './queries';

type Preview = CallOutput<'grids.readWorkbook'>;

/** Send the grids to an employer as a workbook, and bring the filled one back: preview, per-cell report, one commit. */
export function GridWorkbookPanel({ structures }: { structures: readonly { id: number; name: string }[] }) {
  const invalidate = useInvalidateCompetencies();
  const [structureId, setStructureId] = useState<number | ''>('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const onError = (error: unknown) => {
    const message = failureMessage(error);
    if (message) setNotice({ tone: 'error', text: message });
  };
  const exportGrids = useMutation({
    mutationFn: () => call('grids.exportWorkbook', { structureId: structureId === '' ? null : structureId }),
    onSuccess: (result) => setNotice({ tone: 'success', text: `« ${result.fileName} » est enregistré : ${countOf(result.sheets, 'métier', 'métiers')}, une feuille chacun.` }),
    onError,
  });
  const read = useMutation({ mutationFn: () => call('grids.readWorkbook'), onSuccess: (result) => setPreview(result), onError });
  const commit = useMutation({
    mutationFn: (importId: string) => call('grids.commitWorkbook', { importId }),
    onSuccess: (result) => {
      setNotice({ tone: 'success', text: `Grilles enregistrées : ${countOf(result.changed, 'niveau modifié', 'niveaux modifiés')}.` });
      setPreview(null);
      invalidate();
    },
    onError,
  });
  return (
    <fieldset className="grid-workbook">
      <legend>Échanger les grilles avec un employeur (Excel)</legend>
      {notice ? (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      ) : null}
      <div className="toolbar">
        <label>
          Grilles de
          <select value={structureId} onChange={(event) => setStructureId(event.target.value === '' ? '' : Number(event.target.value))}>
            <option value="">— Référence (toutes structures) —</option>
            {structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => exportGrids.mutate()}>
          Exporter le classeur à remplir…
        </button>
        <button type="button" onClick={() => read.mutate()}>
          Importer un classeur rempli…
        </button>
      </div>
      {preview ? (
        <section aria-label={`Aperçu de « ${preview.fileName} »`} className="grid-preview">
          <p>
            « {preview.fileName} » ({preview.structureName ?? 'grilles de référence'}) : {countOf(preview.sheets, 'feuille lue', 'feuilles lues')}, {countOf(preview.changes.length, 'niveau à modifier', 'niveaux à modifier')}, {countOf(preview.refusals.length, 'case refusée', 'cases refusées')}.
          </p>
          {preview.refusals.length > 0 ? (
            <table className="table">
              <caption>Cases refusées : corrigez-les dans le classeur puis importez-le de nouveau ; rien n’a été modifié.</caption>
              <thead>
                <tr>
                  <th scope="col">Feuille</th>
                  <th scope="col">Ligne</th>
                  <th scope="col">Colonne</th>
                  <th scope="col">Raison</th>
                </tr>
              </thead>
              <tbody>
                {preview.refusals.map((r) => (
                  <tr key={`${r.sheet}-${r.row}-${r.column}`} className="is-refused">
                    <td>{r.sheet}</td>
                    <td>{r.row}</td>
                    <td>{r.column}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div className="toolbar">
            <button type="button" disabled={preview.refusals.length > 0 || preview.changes.length === 0} onClick={() => commit.mutate(preview.importId)}>
              Enregistrer ces niveaux
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Abandonner
            </button>
          </div>
        </section>
      ) : null}
    </fieldset>
  );
}
