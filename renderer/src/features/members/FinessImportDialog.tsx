import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Commune } from '../../../../shared/api/members';
import type { FinessFilters, FinessPreview, FinessRead } from '../../../../shared/api/member-imports';
import { structureTypes } from '../../../../shared/domain/structure';
import { formatInteger } from '../../../../shared/format/numbers';
import { call } from '../../api';
import { countOf, plural } from '../../../../shared/format/plural';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { ProgressBar } from '../../components/ProgressBar';
import { useProgress } from '../../components/use-progress';
import { CommunePicker } from './CommunePicker';
import { finessImportHelp } from './help';
import { failureMessage, useStructureList } from './queries';
import { useScrollIntoView } from './use-scroll-into-view';
import { PreviewSection } from '../../components/PreviewSection';

type Props = { onClose: () => void; onDone: (message: string) => void };
type Area = 'department' | 'epcis' | 'communes';

/** Import the national FINESS extract: choose the file, the territory and the categories, look, then import. */
export function FinessImportDialog({ onClose, onDone }: Props) {
  const [file, setFile] = useState<FinessRead | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = useMutation({
    mutationFn: () => call('finess.read'),
    onMutate: () => setError(null),
    onSuccess: setFile,
    onError: (e) => setError(failureMessage(e)),
  });
  const progress = useProgress(read.isPending, 'finess.read');
  return (
    <Modal title="Importer l’extraction FINESS" wide onClose={onClose} help={finessImportHelp} confirmDiscard={false}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {file ? (
        <FinessChoices file={file} onDone={onDone} onCancel={onClose} onOther={() => read.mutate()} />
      ) : (
        <div className="wizard-start">
          <p>
            Choisissez le fichier de l’extraction FINESS publiée par etalab sur data.gouv.fr (un fichier <strong>.csv</strong> dont la première
            ligne commence par <code>finess;etalab</code>). Vous choisirez ensuite votre territoire et les catégories d’établissements.
          </p>
          {read.isPending ? <ProgressBar progress={progress} fallbackLabel="Lecture du fichier" /> : null}
          <div>
            <button type="button" className="primary" disabled={read.isPending} onClick={() => read.mutate()}>
              {read.isPending ? 'Lecture du fichier…' : 'Choisir le fichier…'}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}

/** The department most of the register is in, when the extract has it; else the extract's largest. */
function likelyDepartment(file: FinessRead, registerDepartments: string[]): string {
  const counts = new Map<string, number>();
  for (const code of registerDepartments) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  const known = [...counts.entries()].filter(([code]) => file.departments.some((d) => d.code === code)).sort((a, b) => b[1] - a[1]);
  return known[0]?.[0] ?? file.departments[0]?.code ?? '';
}

function FinessChoices({ file, onDone, onCancel, onOther }: { file: FinessRead; onDone: (message: string) => void; onCancel: () => void; onOther: () => void }) {
  const register = useStructureList();
  const [departmentCode, setDepartmentCode] = useState(() => likelyDepartment(file, (register.data ?? []).map((s) => s.departmentCode)));
  const [area, setArea] = useState<Area>('department');
  const [epciCodes, setEpciCodes] = useState<string[]>([]);
  const [communes, setCommunes] = useState<Commune[]>([]);
  const [categoryCodes, setCategoryCodes] = useState<string[]>([]);
  const [preview, setPreview] = useState<FinessPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pickerKey, setPickerKey] = useState(0);

  const epcis = useQuery({
    queryKey: ['epcis', departmentCode],
    queryFn: () => call('epcis.list', { departmentCode }),
    enabled: departmentCode !== '',
    staleTime: Infinity,
  });
  const filters: FinessFilters = {
    importId: file.importId,
    departmentCode,
    epciCodes: area === 'epcis' ? epciCodes : [],
    communeCodes: area === 'communes' ? communes.map((c) => c.code) : [],
    categoryCodes,
  };
  const look = useMutation({
    mutationFn: () => call('finess.preview', filters),
    onMutate: () => setError(null),
    onSuccess: setPreview,
    onError: (e) => setError(failureMessage(e)),
  });
  const commit = useMutation({
    mutationFn: () => call('finess.commit', filters),
    onMutate: () => setError(null),
    onSuccess: (counts) =>
      onDone(
        `Extraction FINESS importée : ${countOf(counts.added, 'structure ajoutée', 'structures ajoutées')}, ` +
          `${countOf(counts.updated, 'mise à jour', 'mises à jour')}, ${countOf(counts.unchanged, 'inchangée', 'inchangées')}, ` +
          `${countOf(counts.refused, 'ligne refusée', 'lignes refusées')}.`,
      ),
    onError: (e) => setError(failureMessage(e)),
  });
  // The worker writes the rows and counts them: the bar says how far it has got.
  const commitProgress = useProgress(commit.isPending, 'finess.commit');
  const changed = () => setPreview(null);
  const toggle = (list: string[], code: string) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]);
  const toImport = preview ? preview.toAdd.length + preview.toUpdate.length : 0;

  return (
    <div className="wizard">
      <p className="muted">
        Fichier « {file.fileName} » : {countOf(file.establishmentCount, 'établissement', 'établissements')}.{' '}
        <button type="button" className="link-button" onClick={onOther}>
          Choisir un autre fichier…
        </button>
      </p>
      <fieldset className="wizard-step">
        <legend>1. Territoire</legend>
        <div className="field-row">
          <label>
            Département
            <select
              value={departmentCode}
              onChange={(e) => {
                setDepartmentCode(e.target.value);
                setEpciCodes([]);
                setCommunes([]);
                changed();
              }}
            >
              {file.departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.code} — {d.name} ({countOf(d.count, 'établissement', 'établissements')})
                </option>
              ))}
            </select>
          </label>
          <div className="segmented" role="radiogroup" aria-label="Territoire">
            {(
              [
                ['department', 'Tout le département'],
                ['epcis', 'Des EPCI'],
                ['communes', 'Des communes'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="finess-area"
                  checked={area === value}
                  onChange={() => {
                    setArea(value);
                    changed();
                  }}
                />
                {label}
              </label>
            ))}
          </div>
        </div>
        {area === 'epcis' ? (
          <ul className="check-list" aria-label="EPCI">
            {(epcis.data ?? []).map((epci) => (
              <li key={epci.code}>
                <label>
                  <input
                    type="checkbox"
                    checked={epciCodes.includes(epci.code)}
                    onChange={() => {
                      setEpciCodes((l) => toggle(l, epci.code));
                      changed();
                    }}
                  />
                  {epci.name}
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        {area === 'communes' ? (
          <div className="finess-communes">
            <CommunePicker
              key={pickerKey}
              label="Ajouter une commune"
              value=""
              epciName=""
              onPick={(commune) => {
                if (!commune) return;
                if (commune.departmentCode !== departmentCode) setError(`${commune.name} n’est pas dans le département ${departmentCode}.`);
                else if (!communes.some((c) => c.code === commune.code)) setCommunes((l) => [...l, commune]);
                setPickerKey((k) => k + 1);
                changed();
              }}
            />
            <ul className="chips" aria-label="Communes choisies">
              {communes.map((c) => (
                <li key={c.code} className="chip">
                  {c.name}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Retirer ${c.name}`}
                    onClick={() => {
                      setCommunes((l) => l.filter((x) => x.code !== c.code));
                      changed();
                    }}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="wizard-step">
        <legend>2. Catégories d’établissements</legend>
        <p className="hint">Aucune case cochée : toutes les catégories. Les nombres comptent tout le fichier.</p>
        <ul className="check-list" aria-label="Catégories">
          {file.categories.map((c) => (
            <li key={c.code}>
              <label>
                <input
                  type="checkbox"
                  checked={categoryCodes.includes(c.code)}
                  onChange={() => {
                    setCategoryCodes((l) => toggle(l, c.code));
                    changed();
                  }}
                />
                <span>
                  {c.label} <span className="muted">({formatInteger(c.count)}) → {structureTypes[c.type]}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {preview ? <FinessPreviewView preview={preview} /> : null}
      {commit.isPending ? <ProgressBar progress={commitProgress} fallbackLabel="Enregistrement des structures" /> : null}
      <div className="wizard-actions">
        <button type="button" onClick={onCancel}>
          Annuler
        </button>
        <button type="button" className={preview ? undefined : 'primary'} disabled={look.isPending || departmentCode === ''} onClick={() => look.mutate()}>
          {look.isPending ? 'Analyse…' : preview ? 'Actualiser l’aperçu' : 'Voir ce qui sera importé'}
        </button>
        {preview ? (
          <button type="button" className="primary" disabled={toImport === 0 || commit.isPending} onClick={() => commit.mutate()}>
            {commit.isPending ? 'Import en cours…' : `Importer ${countOf(toImport, 'structure', 'structures')}`}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function FinessPreviewView({ preview }: { preview: FinessPreview }) {
  const ref = useScrollIntoView<HTMLElement>(preview);
  return (
    <section ref={ref} className="wizard-step" aria-label="Aperçu de l’import" data-autofocus>
      <h3>3. Aperçu</h3>
      <div className="counts">
        <span>
          <strong>{formatInteger(preview.toAdd.length)}</strong> à ajouter
        </span>
        <span>
          <strong>{formatInteger(preview.toUpdate.length)}</strong> à mettre à jour
        </span>
        <span>
          <strong>{formatInteger(preview.unchanged)}</strong> déjà à jour
        </span>
        <span>
          <strong>{formatInteger(preview.outsideFilters)}</strong> hors des choix
        </span>
        <span>
          <strong>{formatInteger(preview.refused.length)}</strong> {plural(preview.refused.length, 'refusée', 'refusées')}
        </span>
      </div>
      <p className="muted">
        {countOf(preview.lineCount, 'établissement lu', 'établissements lus')} dans le fichier, chacun compté une fois ci-dessus.
      </p>
      {preview.toAdd.length > 0 ? (
        <PreviewSection title="À ajouter" count={preview.toAdd.length} headers={['FINESS', 'Nom', 'Commune', 'Catégorie']}>
          {preview.toAdd.map((row) => (
            <tr key={row.finessEt}>
              <td>{row.finessEt}</td>
              <td>{row.name}</td>
              <td>{row.communeName}</td>
              <td>{row.categoryLabel}</td>
            </tr>
          ))}
        </PreviewSection>
      ) : null}
      {preview.toUpdate.length > 0 ? (
        <PreviewSection title="À mettre à jour" count={preview.toUpdate.length} headers={['Structure', 'Champ', 'Avant', 'Après']}>
          {preview.toUpdate.flatMap((row) =>
            row.changes.map((change, index) => (
              <tr key={`${row.id}-${change.field}`}>
                <td>{index === 0 ? `${row.name} (${row.finessEt})` : ''}</td>
                <td>{change.label}</td>
                <td className="before">{change.before || '—'}</td>
                <td className="after">→ {change.after || '—'}</td>
              </tr>
            )),
          )}
        </PreviewSection>
      ) : null}
      {preview.refused.length > 0 || preview.warnings.length > 0 ? (
        <PreviewSection title="Lignes refusées et avertissements" count={preview.refused.length + preview.warnings.length} headers={['Ligne', 'FINESS', 'Nom', 'Message']}>
          {[...preview.refused.map((note) => ({ note, tone: 'is-refused' })), ...preview.warnings.map((note) => ({ note, tone: 'is-warning' }))].map(({ note, tone }) => (
            <tr key={`${tone}-${note.line}-${note.message}`} className={tone}>
              <td>{note.line}</td>
              <td>{note.finessEt}</td>
              <td>{note.name}</td>
              <td>{note.message}</td>
            </tr>
          ))}
        </PreviewSection>
      ) : null}
      {preview.toAdd.length + preview.toUpdate.length === 0 ? (
        <Notice tone="info">Rien à importer avec ces choix : changez de territoire ou de catégories.</Notice>
      ) : null}
    </section>
  );
}
