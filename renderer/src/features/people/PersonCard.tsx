import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { ErasureResult } from '../../../../shared/api/privacy';
import { personKinds } from '../../../../shared/domain/people';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { failureMessage, frenchMessage } from '../members/queries';
import { changesOf, draftOf, type PersonDraft } from './person-draft';
import { PersonFields } from './PersonFields';
import { EraseDialog } from './EraseDialog';
import { usePeopleRefresh, usePersonDetail } from './queries';

type Props = { id: number; onClose: () => void; onErased: (result: ErasureResult, name: string) => void };
type Message = { tone: 'error' | 'success'; text: string };

/** The person card: what the file holds, its edit, the access export and the erasure. */
export function PersonCard({ id, onClose, onErased }: Props) {
  const detail = usePersonDetail(id);
  const people = usePeopleRefresh();
  const [draft, setDraft] = useState<PersonDraft | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [isErasing, setIsErasing] = useState(false);
  const person = detail.data?.person;
  const shown = draft ?? (person ? draftOf(person) : null);

  const save = useMutation({
    mutationFn: () => call('people.update', { id, changes: changesOf(person!, shown!) }),
    onSuccess: () => {
      setDraft(null);
      setMessage({ tone: 'success', text: 'Fiche enregistrée.' });
      void people.refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: `La fiche n’a pas été enregistrée : ${frenchMessage(error)}` }),
  });
  const exportData = useMutation({
    mutationFn: (format: 'xlsx' | 'json') => call('privacy.exportAccess', { personId: id, format }),
    onMutate: () => setMessage(null),
    onSuccess: (result) => {
      setMessage({ tone: 'success', text: `Ses données sont dans « ${result.fileName} » (${countOf(result.rowCount, 'ligne', 'lignes')}).` });
      void people.refresh();
    },
    onError: (error) => {
      const text = failureMessage(error);
      setMessage(text ? { tone: 'error', text } : null);
    },
  });

  if (detail.isError) return <aside className="detail-panel"><Notice tone="error">{frenchMessage(detail.error)}</Notice></aside>;
  if (!person || !shown) return <aside className="detail-panel"><p className="loading">Chargement…</p></aside>;
  const held = (detail.data?.holdings ?? []).filter((holding) => holding.count > 0);
  return (
    <aside className="detail-panel person-card" aria-label={`Fiche de ${person.lastName}`}>
      <div className="detail-header">
        <div>
          <h2>{[person.civility, person.lastName, person.firstName].filter(Boolean).join(' ')}</h2>
          <p>
            {personKinds[person.kind]}
            {person.structureName ? ` · ${person.structureName}` : ''}
          </p>
          <p className={person.isPastRetention ? 'retention-past' : 'muted'}>
            {person.isPastRetention ? `Durée de conservation dépassée depuis le ${formatDate(person.retentionUntil)} : à revoir.` : `Conservé jusqu’au ${formatDate(person.retentionUntil)}.`}
          </p>
        </div>
        <button type="button" className="icon-button close-button" aria-label="Fermer la fiche" onClick={onClose}>
          ×
        </button>
      </div>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      <form
        className="detail-section"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setMessage(null);
          save.mutate();
        }}
      >
        <h3>Identité et suivi</h3>
        <PersonFields draft={shown} onChange={(patch) => setDraft({ ...shown, ...patch })} idPrefix={`person-${id}`} isNew={false} />
        <div className="detail-actions">
          <button type="button" disabled={draft === null} onClick={() => setDraft(null)}>
            Annuler les changements
          </button>
          <button type="submit" className="primary" disabled={draft === null || save.isPending}>
            Enregistrer
          </button>
        </div>
      </form>
      <section className="detail-section" aria-labelledby={`held-${id}`}>
        <h3 id={`held-${id}`}>Ce que le fichier contient sur cette personne</h3>
        {held.length === 0 ? (
          <p className="muted">Sa fiche seulement.</p>
        ) : (
          <ul className="holdings">
            <li>Sa fiche</li>
            {held.map((holding) => (
              <li key={holding.sourceId}>
                {holding.label} : {holding.count}
              </li>
            ))}
          </ul>
        )}
        <div className="detail-actions">
          <button type="button" disabled={exportData.isPending} onClick={() => exportData.mutate('xlsx')}>
            Exporter ses données (Excel)…
          </button>
          <button type="button" disabled={exportData.isPending} onClick={() => exportData.mutate('json')}>
            Exporter ses données (JSON)…
          </button>
        </div>
      </section>
      <section className="detail-section danger-zone" aria-labelledby={`erase-${id}`}>
        <h3 id={`erase-${id}`}>Droit à l’effacement</h3>
        <p className="hint">Efface la personne et tout ce qui la concerne, dans le fichier et dans ses sauvegardes.</p>
        <div className="detail-actions">
          <button type="button" className="danger" onClick={() => setIsErasing(true)}>
            Effacer définitivement…
          </button>
        </div>
      </section>
      {isErasing ? (
        <EraseDialog
          personId={id}
          onCancel={() => setIsErasing(false)}
          onErased={(result, name) => {
            setIsErasing(false);
            people.forget(id);
            onErased(result, name);
          }}
        />
      ) : null}
    </aside>
  );
}
