import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Notice } from '../../../components/Notice';
import type { Occupation } from '../../../../../shared/api/cdd';
import { occupationFamilies, type OccupationFamily } from '../../../../../shared/domain/occupations/families';
import { formatInteger } from '../../../../../shared/format/numbers';
import type { TabProps } from '../CddPage';
import { cddKeys, failureMessage, useInvalidateCdd, useOccupations } from '../queries';
import { OccupationRow } from './OccupationRow';

const noOccupations: Occupation[] = [];

/** The file's list of occupations: the sector's reference list, plus the coordinator's own. */
export function OccupationsTab(_props: TabProps) {
  const occupations = useOccupations();
  const client = useQueryClient();
  const invalidate = useInvalidateCdd();
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [merge, setMerge] = useState<{ keepKey: string; mergeKey: string }>({ keepKey: '', mergeKey: '' });
  const [confirmMerge, setConfirmMerge] = useState(false);

  const list = occupations.data ?? noOccupations;

  const replaceOne = (next: Occupation) => client.setQueryData<Occupation[]>(cddKeys.occupations, (list) => list?.map((o) => (o.key === next.key ? next : o)));
  const onError = (e: unknown) => {
    const text = failureMessage(e);
    setMessage(text ? { tone: 'error', text } : null);
  };

  const mergeMutation = useMutation({
    mutationFn: () => call('occupations.merge', merge),
    onSuccess: (kept) => {
      const merged = list.find((o) => o.key === merge.mergeKey);
      setConfirmMerge(false);
      setMerge({ keepKey: '', mergeKey: '' });
      setMessage({ tone: 'success', text: `« ${merged?.label ?? merge.mergeKey} » est fusionné dans « ${kept.label} » : ses CDD et ses synonymes y sont rattachés.` });
      void invalidate();
    },
    onError: (e) => {
      setConfirmMerge(false);
      onError(e);
    },
  });

  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('fr');
    if (!needle) return list;
    return list.filter((o) => [o.label, o.romeCode ?? '', ...o.synonyms].some((t) => t.toLocaleLowerCase('fr').includes(needle)));
  }, [list, search]);
  const keep = list.find((o) => o.key === merge.keepKey);
  const mergeOne = list.find((o) => o.key === merge.mergeKey);

  return (
    <>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      <section className="panel" aria-labelledby="cdd-occupations-title">
        <div className="panel-header">
          <h2 id="cdd-occupations-title">
            Métiers ({shown.length === list.length ? formatInteger(list.length) : `${formatInteger(shown.length)} sur ${formatInteger(list.length)}`})
          </h2>
          <input type="search" placeholder="Chercher un métier, un code ROME, un synonyme" aria-label="Chercher un métier" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {occupations.isPending ? <p className="muted">Chargement…</p> : null}
        {occupations.isError ? <Notice tone="error">{failureMessage(occupations.error)}</Notice> : null}
        {occupations.data ? (
          <div className="wide-table">
            <table className="table" aria-label="Métiers">
              <thead>
                <tr>
                  <th>Métier</th>
                  <th>Code ROME</th>
                  <th>Famille</th>
                  <th>Synonymes reconnus à l’import</th>
                  <th className="number nowrap" title="Lignes de CDD importées pour ce métier">
                    Lignes CDD
                  </th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((o) => (
                  <OccupationRow key={o.key} occupation={o} onChanged={replaceOne} onError={onError} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <div className="occupation-forms">
        <NewOccupationForm
          onCreated={(o) => {
            setMessage({ tone: 'success', text: `Métier « ${o.label} » ajouté.` });
            void invalidate();
          }}
          onError={onError}
        />
        <section className="panel" aria-labelledby="cdd-merge-title">
          <h2 id="cdd-merge-title">Fusionner deux métiers</h2>
          <p className="hint">Quand deux intitulés désignent le même métier : les CDD du second sont ajoutés au premier, puis le second disparaît (son nom devient un synonyme).</p>
          <div className="field-row">
            <label>
              Garder
              <select value={merge.keepKey} onChange={(e) => setMerge({ ...merge, keepKey: e.target.value })}>
                <option value="">— choisir —</option>
                {list.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Fusionner dans le premier
              <select value={merge.mergeKey} onChange={(e) => setMerge({ ...merge, mergeKey: e.target.value })}>
                <option value="">— choisir —</option>
                {list
                  .filter((o) => o.key !== merge.keepKey)
                  .map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
              </select>
            </label>
            <button type="button" disabled={!keep || !mergeOne || keep.key === mergeOne.key} onClick={() => setConfirmMerge(true)}>
              Fusionner…
            </button>
          </div>
        </section>
      </div>
      {confirmMerge && keep && mergeOne ? (
        <ConfirmDialog title="Fusionner ces deux métiers ?" confirmLabel="Fusionner" danger busy={mergeMutation.isPending} onConfirm={() => mergeMutation.mutate()} onCancel={() => setConfirmMerge(false)}>
          <p>
            {mergeOne.entryCount === 0
              ? `« ${mergeOne.label} » n’a encore aucune ligne de CDD.`
              : `${mergeOne.entryCount === 1 ? 'La ligne' : `Les ${formatInteger(mergeOne.entryCount)} lignes`} de CDD de « ${mergeOne.label} » seront rattachées à « ${keep.label} » (les chiffres d’une même structure et d’un même mois s’additionnent).`}{' '}
            « {mergeOne.label} » disparaîtra de la liste et deviendra un synonyme de « {keep.label} ».
          </p>
          <p>Une sauvegarde est faite avant. Cette opération ne se défait qu’en restaurant cette sauvegarde.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function NewOccupationForm({ onCreated, onError }: { onCreated: (o: Occupation) => void; onError: (e: unknown) => void }) {
  const [label, setLabel] = useState('');
  const [family, setFamily] = useState<OccupationFamily>('nonMedicalServices');
  const [romeCode, setRomeCode] = useState('');
  const create = useMutation({
    mutationFn: () => call('occupations.create', { label, family, romeCode }),
    onSuccess: (o) => {
      setLabel('');
      setRomeCode('');
      onCreated(o);
    },
    onError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="cdd-new-occupation-title">
      <h2 id="cdd-new-occupation-title">Ajouter un métier</h2>
      <div className="field-row">
        <label>
          Intitulé
          <input value={label} onChange={(e) => setLabel(e.target.value)} size={34} placeholder={'par exemple «\u00a0Maîtresse de maison\u00a0»'} />
        </label>
        <label>
          Famille
          <select value={family} onChange={(e) => setFamily(e.target.value as OccupationFamily)}>
            {Object.entries(occupationFamilies).map(([code, text]) => (
              <option key={code} value={code}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label>
          Code ROME (facultatif)
          <input value={romeCode} onChange={(e) => setRomeCode(e.target.value)} size={8} placeholder="K1304" />
        </label>
        <button type="submit" className="primary" disabled={create.isPending}>
          Ajouter
        </button>
      </div>
    </form>
  );
}
