import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { MemberColumnField, MembersWorkbookChoice, MembersWorkbookPreview, MembersWorkbookRead } from '../../../../shared/api/member-imports';
import { formatInteger } from '../../../../shared/format/numbers';
import { call } from '../../api';
import { countOf, plural } from '../../../../shared/format/plural';
import { Modal } from '../../components/Modal';
import { workbookImportHelp } from './help';
import { Notice } from '../../components/Notice';
import { ProgressBar } from '../../components/ProgressBar';
import { useProgress } from '../../components/use-progress';
import { failureMessage } from './queries';
import { useScrollIntoView } from './use-scroll-into-view';

type Props = { onClose: () => void; onDone: (message: string) => void };
type Mapping = Record<string, MemberColumnField | null>;

const suggestedMapping = (file: MembersWorkbookRead, sheetName: string): Mapping =>
  Object.fromEntries((file.sheets.find((s) => s.name === sheetName)?.columns ?? []).map((c) => [String(c.index), c.suggestedField]));

/** Import an existing members workbook: read, say what each column is, look at the report, import the valid rows. */
export function WorkbookImportDialog({ onClose, onDone }: Props) {
  const [file, setFile] = useState<MembersWorkbookRead | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = useMutation({
    mutationFn: () => call('membersWorkbook.read'),
    onMutate: () => setError(null),
    onSuccess: setFile,
    onError: (e) => setError(failureMessage(e)),
  });
  const progress = useProgress(read.isPending, 'membersWorkbook.read');
  return (
    <Modal title="Importer un classeur d’adhérents" wide onClose={onClose} help={workbookImportHelp} confirmDiscard={false}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {file ? (
        <WorkbookChoices key={file.importId} file={file} onDone={onDone} onCancel={onClose} onOther={() => read.mutate()} />
      ) : (
        <div className="wizard-start">
          <p>
            Choisissez votre classeur Excel (<strong>.xlsx</strong>) : une ligne par structure, avec des en-têtes de colonnes (nom, FINESS, SIRET,
            commune, contacts, cotisation…) dans n’importe quel ordre. Vous indiquerez à quoi correspond chaque colonne et verrez ce qui sera importé
            avant de valider.
          </p>
          {read.isPending ? <ProgressBar progress={progress} fallbackLabel="Lecture du classeur" /> : null}
          <div>
            <button type="button" className="primary" disabled={read.isPending} onClick={() => read.mutate()}>
              {read.isPending ? 'Lecture du classeur…' : 'Choisir le fichier…'}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}

function WorkbookChoices({ file, onDone, onCancel, onOther }: { file: MembersWorkbookRead; onDone: (message: string) => void; onCancel: () => void; onOther: () => void }) {
  const [sheetName, setSheetName] = useState(file.suggestedSheet);
  const [mapping, setMapping] = useState<Mapping>(() => suggestedMapping(file, file.suggestedSheet));
  const sheet = file.sheets.find((s) => s.name === sheetName);
  const [year, setYear] = useState(String(sheet?.membershipYear ?? new Date().getFullYear()));
  const [preview, setPreview] = useState<MembersWorkbookPreview | null>(null);
  const [isRefusedOnly, setIsRefusedOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isMappingOpen, setIsMappingOpen] = useState(true);
  const previewRef = useScrollIntoView<HTMLElement>(preview);

  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year) : null;
  const choice: MembersWorkbookChoice = { importId: file.importId, sheet: sheetName, mapping, membershipYear: yearNumber };
  const mapped = new Set(Object.values(mapping).filter(Boolean));
  const missing = file.fields.filter((f) => f.required && !mapped.has(f.key));
  const duplicated = [...mapped].filter((field) => Object.values(mapping).filter((f) => f === field).length > 1);
  const labelOf = (key: string) => file.fields.find((f) => f.key === key)?.label ?? key;

  const look = useMutation({
    mutationFn: () => call('membersWorkbook.preview', choice),
    onMutate: () => setError(null),
    onSuccess: (result) => {
      setPreview(result);
      setIsMappingOpen(false); // the report takes the room; the mapping opens again on demand
    },
    onError: (e) => setError(failureMessage(e)),
  });
  const commit = useMutation({
    mutationFn: () => call('membersWorkbook.commit', choice),
    onMutate: () => setError(null),
    onSuccess: (r) =>
      onDone(
        `Classeur « ${file.fileName} » importé : ${countOf(r.added, 'structure ajoutée', 'structures ajoutées')}, ` +
          `${countOf(r.updated, 'mise à jour', 'mises à jour')}, ${countOf(r.contactsSaved, 'contact enregistré', 'contacts enregistrés')}, ` +
          `${countOf(r.membershipsSaved, 'adhésion enregistrée', 'adhésions enregistrées')}` +
          (r.refused > 0 ? ` ; ${countOf(r.refused, 'ligne refusée laissée', 'lignes refusées laissées')} de côté.` : '.'),
      ),
    onError: (e) => setError(failureMessage(e)),
  });
  // The worker checks, then writes the rows and counts them: the bar says how far it has got.
  const lookProgress = useProgress(look.isPending, 'membersWorkbook.preview');
  const commitProgress = useProgress(commit.isPending, 'membersWorkbook.commit');
  const changed = () => setPreview(null);
  const toImport = preview ? preview.counts.add + preview.counts.update : 0;
  // « À vérifier »: refused rows and rows imported with a warning (a cell left out, a commune renamed).
  const needsCheck = (r: NonNullable<typeof preview>['rows'][number]) => r.status === 'refused' || (r.status !== 'skipped' && r.messages.some((m) => m.isWarning));
  const shownRows = preview ? preview.rows.filter((r) => (isRefusedOnly ? needsCheck(r) : r.status !== 'skipped' || r.messages.length > 0)) : [];

  return (
    <div className="wizard">
      <p className="muted">
        Classeur « {file.fileName} ».{' '}
        <button type="button" className="link-button" onClick={onOther}>
          Choisir un autre fichier…
        </button>
      </p>
      <details className="wizard-step" open={isMappingOpen} onToggle={(e) => setIsMappingOpen(e.currentTarget.open)}>
        <summary data-autofocus>
          <strong>1. Feuille et colonnes</strong>
          {isMappingOpen ? null : (
            <span className="muted">
              {' '}
              — feuille « {sheetName} », {countOf(mapped.size, 'champ reconnu', 'champs reconnus')} (cliquez pour modifier)
            </span>
          )}
        </summary>
        <div className="field-row">
          <label>
            Feuille
            <select
              value={sheetName}
              onChange={(e) => {
                setSheetName(e.target.value);
                setMapping(suggestedMapping(file, e.target.value));
                const next = file.sheets.find((s) => s.name === e.target.value);
                if (next?.membershipYear) setYear(String(next.membershipYear));
                changed();
              }}
            >
              {file.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({countOf(s.dataRowCount, 'ligne', 'lignes')})
                </option>
              ))}
            </select>
          </label>
          <label>
            Année des adhésions
            <input
              type="text"
              inputMode="numeric"
              value={year}
              onChange={(e) => {
                setYear(e.target.value);
                changed();
              }}
            />
          </label>
          {sheet?.headerRow ? <span className="hint">En-têtes lus à la ligne {sheet.headerRow}.</span> : null}
        </div>
        {sheet && sheet.columns.length > 0 ? (
          <div className="scroll-table tall">
            <table className="table compact mapping-table">
              <thead>
                <tr>
                  <th>Colonne</th>
                  <th>En-tête</th>
                  <th>Exemples</th>
                  <th>Correspond à</th>
                </tr>
              </thead>
              <tbody>
                {sheet.columns.map((column) => {
                  const key = String(column.index);
                  return (
                    <tr key={key}>
                      <td>{column.letter}</td>
                      <td>
                        <strong>{column.header || '(sans en-tête)'}</strong>
                      </td>
                      <td className="samples">{column.sample.filter(Boolean).slice(0, 3).join(' · ') || <span className="muted">vide</span>}</td>
                      <td>
                        <select
                          aria-label={`Champ de la colonne ${column.letter} (${column.header})`}
                          value={mapping[key] ?? ''}
                          onChange={(e) => {
                            setMapping((m) => ({ ...m, [key]: (e.target.value || null) as MemberColumnField | null }));
                            changed();
                          }}
                        >
                          <option value="">— Ignorer cette colonne —</option>
                          {file.fields.map((f) => (
                            <option key={f.key} value={f.key}>
                              {f.label}
                              {f.required ? ' (obligatoire)' : ''}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <Notice tone="warning">Cette feuille est vide : choisissez-en une autre.</Notice>
        )}
        {missing.length > 0 ? <Notice tone="warning">Indiquez la colonne de : {missing.map((f) => f.label).join(', ')}.</Notice> : null}
        {duplicated.length > 0 ? (
          <Notice tone="warning">Plusieurs colonnes correspondent à : {duplicated.map((f) => labelOf(f as string)).join(', ')}. Gardez-en une seule.</Notice>
        ) : null}
      </details>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {preview ? (
        <section ref={previewRef} className="wizard-step" aria-label="Aperçu de l’import" data-autofocus>
          <h3>2. Aperçu ligne par ligne</h3>
          <div className="counts">
            <span>
              <strong>{formatInteger(preview.counts.add)}</strong> à ajouter
            </span>
            <span>
              <strong>{formatInteger(preview.counts.update)}</strong> à mettre à jour
            </span>
            <span>
              <strong>{formatInteger(preview.counts.refused)}</strong> {plural(preview.counts.refused, 'refusée', 'refusées')}
            </span>
            <span>
              <strong>{formatInteger(preview.counts.skipped)}</strong> {plural(preview.counts.skipped, 'ignorée', 'ignorées')} (vides, totaux)
            </span>
            <span className="muted">Adhésions de {preview.membershipYear}</span>
          </div>
          <label className="inline-check">
            <input type="checkbox" checked={isRefusedOnly} onChange={(e) => setIsRefusedOnly(e.target.checked)} />
            Seulement les lignes à vérifier (refusées ou avec un avertissement)
          </label>
          <div className="scroll-table tall">
            <table className="table compact report-table">
              <thead>
                <tr>
                  <th>Feuille</th>
                  <th className="number">Ligne</th>
                  <th>Structure</th>
                  <th>Résultat</th>
                  <th>Colonne</th>
                  <th>Message</th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map((row) => {
                  const messages = row.messages.length > 0 ? row.messages : [{ column: '', message: '', isWarning: false }];
                  return messages.map((m, index) => (
                    <tr key={`${row.sheet}-${row.row}-${index}`} className={row.status === 'refused' ? 'is-refused' : m.isWarning ? 'is-warning' : undefined}>
                      <td>{index === 0 ? row.sheet : ''}</td>
                      <td className="number">{index === 0 ? row.row : ''}</td>
                      <td>{index === 0 ? row.name : ''}</td>
                      <td>{index === 0 ? <StatusBadge status={row.status} /> : ''}</td>
                      <td>{m.column}</td>
                      <td>{m.message}</td>
                    </tr>
                  ));
                })}
                {shownRows.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="muted">
                      {isRefusedOnly ? 'Aucune ligne à vérifier.' : 'Aucune ligne.'}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {look.isPending ? <ProgressBar progress={lookProgress} fallbackLabel="Vérification des lignes" /> : null}
      {commit.isPending ? <ProgressBar progress={commitProgress} fallbackLabel="Enregistrement des structures" /> : null}
      <div className="wizard-actions">
        <button type="button" onClick={onCancel}>
          Annuler
        </button>
        <button
          type="button"
          className={preview ? undefined : 'primary'}
          disabled={look.isPending || missing.length > 0 || duplicated.length > 0}
          onClick={() => look.mutate()}
        >
          {look.isPending ? 'Vérification…' : preview ? 'Actualiser l’aperçu' : 'Voir l’aperçu'}
        </button>
        {preview ? (
          <button type="button" className="primary" disabled={toImport === 0 || commit.isPending} onClick={() => commit.mutate()}>
            {commit.isPending ? 'Import en cours…' : `Importer ${countOf(toImport, 'ligne valide', 'lignes valides')}`}
          </button>
        ) : null}
      </div>
    </div>
  );
}

const statusLabels = { add: 'À ajouter', update: 'Mise à jour', refused: 'Refusée', skipped: 'Ignorée' } as const;

function StatusBadge({ status }: { status: keyof typeof statusLabels }) {
  const tone = status === 'refused' ? 'badge badge-error' : status === 'skipped' ? 'badge badge-muted' : 'badge';
  return <span className={tone}>{statusLabels[status]}</span>;
}
