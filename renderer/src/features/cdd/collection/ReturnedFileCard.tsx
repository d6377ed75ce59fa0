import { useCallback, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Notice } from '../../../components/Notice';
import { useUndoLast, type NoticeAction } from '../../../components/undo';
import type { CommitResult, MapColumns, Occupation, ReturnedFile } from '../../../../../shared/api/cdd';
import type { StructureRow } from '../../../../../shared/api/members';
import { formatDateTime } from '../../../../../shared/format/dates';
import { formatBytes, formatHours, formatInteger } from '../../../../../shared/format/numbers';
import { describePeriod, monthsBetween } from '../months';
import { failureMessage } from '../queries';
import { ColumnMappingForm } from './ColumnMappingForm';
import { IssuesTable } from './IssuesTable';
import { UnknownOccupations } from './UnknownOccupations';

type Props = {
  importId: string;
  file: ReturnedFile;
  structures: StructureRow[];
  occupations: Occupation[];
  onChanged: (file: ReturnedFile) => void;
  onCommitted: (result: CommitResult) => void;
};

const statusBadges = {
  ready: <span className="badge">Prêt à enregistrer</span>,
  'needs-mapping': <span className="badge badge-warning">Colonnes à confirmer</span>,
  refused: <span className="badge badge-error">Refusé</span>,
  committed: <span className="badge">Enregistré ✓</span>,
} as const;

const periodText = (period: ReturnedFile['period']) => (period ? describePeriod(period.from, monthsBetween(period.from, period.to)) : 'période inconnue');

/** The preview of one returned file: what was recognised, what will be saved, what was refused, then commit. */
export function ReturnedFileCard({ importId, file, structures, occupations, onChanged, onCommitted }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The commit took a backup just before it (undo.*): its confirmation offers « Annuler », and once
  // undone the card says so instead of « Enregistré ».
  const [undo, setUndo] = useState<NoticeAction | undefined>(undefined);
  const [undone, setUndone] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const undoLast = useUndoLast();
  const report = useCallback((tone: 'success' | 'error', text: string) => {
    // Done or refused (the file changed since), the same « Annuler » can never work again.
    setUndone({ tone, text });
    setUndo(undefined);
  }, []);
  const ref = { importId, fileIndex: file.fileIndex };

  const remap = useMutation({
    mutationFn: (input: Omit<MapColumns, 'importId' | 'fileIndex'>) => call('cdd.mapColumns', { ...ref, ...input }),
    onMutate: () => setError(null),
    onSuccess: onChanged,
    onError: (e) => setError(failureMessage(e)),
  });
  const resolve = useMutation({
    mutationFn: (input: { choices: { typed: string; occupationKey: string }[]; saveAsSynonyms: boolean }) => call('cdd.resolveOccupations', { ...ref, ...input }),
    onMutate: () => setError(null),
    onSuccess: onChanged,
    onError: (e) => setError(failureMessage(e)),
  });
  const commit = useMutation({
    mutationFn: (confirmReplace: boolean) => call('cdd.commitReturned', { ...ref, confirmReplace }),
    onMutate: () => setError(null),
    onSuccess: (result) => {
      setConfirming(false);
      onCommitted(result);
      void undoLast(report).then(setUndo);
    },
    onError: (e) => {
      setConfirming(false);
      setError(failureMessage(e));
    },
  });

  const isDone = file.status === 'committed';
  const busy = remap.isPending || resolve.isPending || commit.isPending;
  return (
    <article className={isDone ? 'preview-card is-done' : 'preview-card'} aria-label={`Fichier ${file.fileName}`}>
      <header>
        <div>
          <h3>{file.fileName}</h3>
          <span className="hint">
            {formatBytes(file.sizeBytes)}
            {file.recognisedBy === 'meta' ? ' · classeur de collecte Passerelles reconnu' : file.recognisedBy === 'mapping' ? ' · lu avec la correspondance des colonnes' : ''}
          </span>
        </div>
        {undone?.tone === 'success' ? <span className="badge badge-warning">Import annulé</span> : statusBadges[file.status]}
      </header>

      {file.refusal ? <Notice tone="error">{file.refusal}</Notice> : null}

      {file.structure || file.period ? (
        <p>
          Structure : <strong>{file.structure?.name ?? 'à indiquer'}</strong> · Période : <strong>{periodText(file.period)}</strong>
        </p>
      ) : null}

      {file.status === 'needs-mapping' ? (
        <ColumnMappingForm key={`${file.sheetName}-${file.headerRow}`} file={file} structures={structures} busy={busy} onApply={(input) => remap.mutate(input)} />
      ) : file.recognisedBy === 'mapping' && !isDone && file.status !== 'refused' ? (
        <details>
          <summary>Modifier la correspondance des colonnes</summary>
          <ColumnMappingForm key={`${file.sheetName}-${file.headerRow}`} file={file} structures={structures} busy={busy} onApply={(input) => remap.mutate(input)} />
        </details>
      ) : null}

      {file.status !== 'refused' && file.status !== 'needs-mapping' ? (
        <div className="counts" aria-label="Bilan du fichier">
          <span>
            <strong>{formatInteger(file.counts.accepted)}</strong> ligne{file.counts.accepted > 1 ? 's' : ''} acceptée{file.counts.accepted > 1 ? 's' : ''}
          </span>
          <span className={file.counts.refused > 0 ? 'field-error' : undefined}>
            <strong>{formatInteger(file.counts.refused)}</strong> refusée{file.counts.refused > 1 ? 's' : ''}
          </span>
          {file.counts.warnings > 0 ? (
            <span>
              <strong>{formatInteger(file.counts.warnings)}</strong> avertissement{file.counts.warnings > 1 ? 's' : ''}
            </span>
          ) : null}
          {file.counts.blank > 0 && file.recognisedBy !== 'meta' ? <span className="muted">{formatInteger(file.counts.blank)} lignes vides ignorées</span> : null}
          <span>
            <strong>{formatHours(file.totals.hours)}</strong> heures
          </span>
          <span>
            <strong>{formatInteger(file.totals.contracts)}</strong> CDD
          </span>
        </div>
      ) : null}

      {!isDone && file.status !== 'refused' ? (
        <>
          <UnknownOccupations key={file.issues.length} file={file} occupations={occupations} busy={busy} onResolve={(input) => resolve.mutate({ choices: input, saveAsSynonyms: true })} />
          <UnknownOccupations key={`matched-${file.issues.length}`} matched file={file} occupations={occupations} busy={busy} onResolve={(input) => resolve.mutate({ choices: input, saveAsSynonyms: true })} />
        </>
      ) : null}

      {file.status !== 'refused' && file.status !== 'needs-mapping' ? <IssuesTable file={file} /> : null}

      {file.replaces.length > 0 && !isDone ? (
        <Notice tone="warning">
          Ce fichier remplacera {file.replaces.length === 1 ? 'un import précédent' : `${file.replaces.length} imports précédents`}, qui ne compteront plus :
          <ul className="file-list">
            {file.replaces.map((r) => (
              <li key={r.id}>
                {r.fileName} ({r.structureName}, {periodText(r.period)}), importé le {formatDateTime(r.importedAt)} —{' '}
                {r.reason === 'same-file' ? 'le même fichier' : 'même structure, même période'}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}

      {error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : null}

      {undone ? (
        <Notice tone={undone.tone} dismissOnNextAction={false}>
          {undone.text}
          {undone.tone === 'success' ? ' Pour l’enregistrer de nouveau, importez-le encore.' : ''}
        </Notice>
      ) : null}

      {isDone && !(undone?.tone === 'success') ? (
        <Notice tone="success" dismissOnNextAction={false} action={undo}>
          Enregistré : {formatInteger(file.counts.accepted)} lignes comptent désormais dans la consolidation.
        </Notice>
      ) : isDone ? null : file.status === 'ready' ? (
        <div className="toolbar">
          <button type="button" className="primary" disabled={busy || file.counts.accepted === 0} onClick={() => (file.replaces.length > 0 ? setConfirming(true) : commit.mutate(false))}>
            {commit.isPending ? 'Enregistrement…' : file.replaces.length > 0 ? 'Remplacer l’import précédent…' : `Enregistrer ce fichier (${formatInteger(file.counts.accepted)} lignes)`}
          </button>
          {file.counts.refused > 0 ? <span className="hint">Les lignes refusées ne seront pas enregistrées : corrigez-les dans le fichier et réimportez-le si besoin.</span> : null}
        </div>
      ) : null}

      {confirming ? (
        <ConfirmDialog
          title="Remplacer l’import précédent ?"
          confirmLabel="Remplacer"
          busy={commit.isPending}
          onConfirm={() => commit.mutate(true)}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {file.replaces.every((r) => r.reason === 'same-file')
              ? `Ce fichier a déjà été importé : ses chiffres remplaceront ceux de l’import précédent.`
              : `Les chiffres de ${file.replaces.map((r) => `« ${r.fileName} »`).join(', ')} (même structure, même période) seront remplacés par ceux de « ${file.fileName} ».`}{' '}
            Rien ne sera compté deux fois. Une sauvegarde est faite avant.
          </p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
