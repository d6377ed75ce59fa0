import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { ProgressBar } from '../../../components/ProgressBar';
import { useProgress } from '../../../components/use-progress';
import type { ReturnedFiles } from '../../../../../shared/api/cdd';
import { formatInteger } from '../../../../../shared/format/numbers';
import { failureMessage, useInvalidateCdd, useOccupations, useStructures } from '../queries';
import { ReturnedFileCard } from './ReturnedFileCard';

/** Step 2: read the returned workbooks, preview each, save them one by one. */
export function ImportPanel() {
  const structures = useStructures();
  const occupations = useOccupations();
  const invalidate = useInvalidateCdd();
  const [batch, setBatch] = useState<ReturnedFiles | null>(null);
  const [error, setError] = useState<string | null>(null);

  const read = useMutation({
    mutationFn: () => call('cdd.readReturned'),
    onMutate: () => setError(null),
    onSuccess: setBatch,
    onError: (e) => setError(failureMessage(e)),
  });
  const progress = useProgress(read.isPending, 'cdd.readReturned');

  const files = batch?.files ?? [];
  const pending = files.filter((f) => f.status !== 'committed' && f.status !== 'refused').length;
  return (
    <section className="panel" aria-labelledby="cdd-import-title">
      <div className="panel-header">
        <div>
          <h2 id="cdd-import-title">2. Importer les fichiers reçus</h2>
          <p className="hint">
            Choisissez un ou plusieurs classeurs renvoyés par les structures. Rien n’est enregistré avant que vous validiez chaque fichier ; un fichier déjà importé
            remplace le précédent au lieu de s’y ajouter.
          </p>
        </div>
        <button type="button" className="primary" disabled={read.isPending} onClick={() => read.mutate()}>
          {read.isPending ? 'Lecture des fichiers…' : 'Importer des fichiers reçus…'}
        </button>
      </div>
      {read.isPending ? <ProgressBar progress={progress} fallbackLabel="Lecture des fichiers" /> : null}
      {error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : null}
      {batch ? (
        <p className="hint" role="status">
          {formatInteger(files.length)} fichier{files.length > 1 ? 's' : ''} lu{files.length > 1 ? 's' : ''}
          {pending > 0 ? ` — ${formatInteger(pending)} à vérifier et enregistrer` : ' — tout est traité'}.
        </p>
      ) : null}
      {batch
        ? files.map((file) => (
            <ReturnedFileCard
              key={`${batch.importId}-${file.fileIndex}`}
              importId={batch.importId}
              file={file}
              structures={structures.data ?? []}
              occupations={occupations.data ?? []}
              onChanged={(next) => setBatch({ ...batch, files: files.map((f) => (f.fileIndex === next.fileIndex ? next : f)) })}
              onCommitted={(result) => {
                setBatch((current) =>
                  current
                    ? { ...current, files: current.files.map((f) => (f.fileIndex === file.fileIndex ? { ...f, status: 'committed', committedImportId: result.import.id } : f)) }
                    : current,
                );
                void invalidate();
              }}
            />
          ))
        : null}
    </section>
  );
}
