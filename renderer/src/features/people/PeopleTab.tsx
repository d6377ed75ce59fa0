import { useState } from 'react';
import { personKinds, type PersonKind } from '../../../../shared/domain/people';
import { countOf } from '../../../../shared/format/plural';
import { formatInteger } from '../../../../shared/format/numbers';
import { formatDate } from '../../../../shared/format/dates';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Notice } from '../../components/Notice';
import { frenchMessage } from '../members/queries';
import { AddPersonDialog } from './AddPersonDialog';
import { PeopleGrid } from './PeopleGrid';
import { PersonCard } from './PersonCard';
import { usePeopleList, usePeopleRefresh, useStructureChoices, type PeopleFilter } from './queries';

type Message = { tone: 'error' | 'success' | 'warning'; text: string };

/** The people list, its filters, the card of the selected person. */
export function PeopleTab() {
  const [filter, setFilter] = useState<PeopleFilter>({ kind: null, structureId: null, pastRetention: false });
  const list = usePeopleList(filter);
  const structures = useStructureChoices();
  const people = usePeopleRefresh();
  const [quickFilter, setQuickFilter] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [displayed, setDisplayed] = useState<number | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const rows = list.data ?? [];
  const shown = displayed ?? rows.length;
  const isFiltered = filter.kind !== null || filter.structureId !== null || filter.pastRetention;

  return (
    <div className="people-tab">
      <div className="register-filters">
        <button type="button" className="primary" onClick={() => setIsAdding(true)}>
          Ajouter une personne…
        </button>
        <input type="search" aria-label="Rechercher une personne" placeholder="Rechercher…" value={quickFilter} onChange={(event) => setQuickFilter(event.target.value)} />
        <LabelledSelect<PersonKind> label="Catégorie" value={filter.kind ?? ''} options={personKinds} emptyLabel="Toutes" onChange={(kind) => setFilter((f) => ({ ...f, kind: kind === '' ? null : kind }))} />
        <LabelledSelect
          label="Structure"
          value={filter.structureId === null ? '' : String(filter.structureId)}
          options={(structures.data ?? []).map((s) => ({ code: String(s.id), label: s.name }))}
          emptyLabel="Toutes"
          onChange={(id) => setFilter((f) => ({ ...f, structureId: id === '' ? null : Number(id) }))}
        />
        <label className="inline-check">
          <input type="checkbox" checked={filter.pastRetention} onChange={(event) => setFilter((f) => ({ ...f, pastRetention: event.target.checked }))} />
          Durée de conservation dépassée
        </label>
        <span className="register-count" aria-live="polite">
          {shown === rows.length ? countOf(rows.length, 'personne', 'personnes') : `${countOf(shown, 'personne', 'personnes')} sur ${formatInteger(rows.length)}`}
        </span>
      </div>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      {list.isError ? <Notice tone="error">{frenchMessage(list.error)}</Notice> : null}
      {list.isSuccess && rows.length === 0 ? (
        <div className="empty-state">
          {isFiltered ? (
            <p>Personne ne correspond à ces filtres.</p>
          ) : (
            <>
              <h2>Aucune personne enregistrée</h2>
              <p>
                Les salariés des adhérents, remplaçants, candidats et stagiaires apparaissent ici, qu’ils soient saisis ici ou par les écrans Compétences, Formations et
                Échanges. Chacun a une date de fin de conservation ; passé cette date, l’onglet « Revue de conservation » le propose à la décision.
              </p>
            </>
          )}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className={selectedId === null ? 'register-body' : 'register-body with-panel'}>
          <PeopleGrid rows={rows} quickFilter={quickFilter} selectedId={selectedId} onSelect={setSelectedId} onDisplayedCount={setDisplayed} />
          {selectedId !== null ? (
            <PersonCard
              key={selectedId}
              id={selectedId}
              onClose={() => setSelectedId(null)}
              onErased={(result, name) => {
                setSelectedId(null);
                const backups = result.backups;
                const parts = [`Les données de ${name} ont été effacées définitivement du fichier`];
                if (backups.rewritten > 0) parts.push(`${countOf(backups.rewritten, 'sauvegarde réécrite', 'sauvegardes réécrites')} sans ses données`);
                if (backups.removed > 0) parts.push(`${countOf(backups.removed, 'sauvegarde illisible supprimée', 'sauvegardes illisibles supprimées')}`);
                setMessage({
                  tone: result.isWalEmptied ? 'success' : 'warning',
                  text: `${parts.join(' ; ')}.${result.isWalEmptied ? '' : ' Le journal du fichier sera vidé à sa fermeture : fermez le fichier avant de le copier.'}`,
                });
                void people.refresh();
              }}
            />
          ) : null}
        </div>
      ) : null}
      {isAdding ? (
        <AddPersonDialog
          onClose={() => setIsAdding(false)}
          onCreated={(detail) => {
            setIsAdding(false);
            setSelectedId(detail.person.id);
            setMessage({ tone: 'success', text: `La fiche de ${detail.person.lastName} a été créée ; conservation jusqu’au ${formatDate(detail.person.retentionUntil)}.` });
            void people.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
