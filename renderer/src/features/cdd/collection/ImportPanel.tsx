import { useState, type DragEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { ProgressBar } from '../../../components/ProgressBar';
import { useProgress } from '../../../components/use-progress';
import type { ReturnedFiles } from '../../../../../shared/api/cdd';
import { formatInteger } from '../../../../../shared/format/numbers';
import { failureMessage, useInvalidateCdd, useOccupations, useStructures } from '../queries';
import { carriesFiles, droppedFilesOf } from './dropped-files';
import { ReturnedFileCard } from './ReturnedFileCard';

/** Step 2: read the returned workbooks, preview each, save them one by one. */
export function ImportPanel() {
  const structures = useStructures();
  const occupations = useOccupations();
  const invalidate = useInvalidateCdd();
  const [batch, setBatch] = useState<ReturnedFiles | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [isDragOver, setDragOver] = useState(false);

  // Chosen in the file dialog (null), or dropped on the panel.
  const read = useMutation({
    mutationFn: async (dropped: File[] | null) => (dropped ? call('cdd.readDropped', await droppedFilesOf(dropped)) : call('cdd.readReturned')),
    onMutate: () => setError(null),
    onSuccess: setBatch,
    onError: (e) => setError(failureMessage(e)),
  });
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = read.isPending ? 'none' : 'copy';
    setDragOver(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    // Handled here: the window must not open the file itself.
    event.preventDefault();
    setDragOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !read.isPending) read.mutate(files);
  };
  const progress = useProgress(read.isPending, 'cdd.readReturned');

  const files = batch?.files ?? [];
  const pending = files.filter((f) => f.status !== 'committed' && f.status !== 'refused').length;
  return (
    <section
      className={isDragOver ? 'panel drop-target is-over' : 'panel drop-target'}
      aria-labelledby="cdd-import-title"
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragOver(false);
      }}
      onDrop={onDrop}
    >
      <div className="panel-header">
        <div>
          <h2 id="cdd-import-title">2. Importer les fichiers reçus</h2>
          <p className="hint">
            Choisissez un ou plusieurs classeurs renvoyés par les structures. Rien n’est enregistré avant que vous validiez chaque fichier ; un fichier déjà importé
            remplace le précédent au lieu de s’y ajouter.
          </p>
        </div>
        <button type="button" className="primary" disabled={read.isPending} onClick={() => read.mutate(null)}>
          {read.isPending ? 'Lecture des fichiers…' : 'Importer des fichiers reçus…'}
        </button>
      </div>
      <p className="drop-zone">
        {isDragOver ? 'Lâchez les classeurs pour les lire.' : 'Vous pouvez aussi déposer ici un ou plusieurs classeurs reçus, depuis un dossier ou une pièce jointe enregistrée.'}
      </p>
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
