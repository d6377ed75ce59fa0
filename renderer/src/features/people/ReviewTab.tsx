import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { personKinds } from '../../../../shared/domain/people';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { frenchMessage } from '../members/queries';
import { RetentionSettings } from './RetentionSettings';
import { usePeopleRefresh, usePurgePreview } from './queries';

type Message = { tone: 'error' | 'success'; text: string };

/** People past their retention date: keep until a date, renew (contacted today) or purge. */
export function ReviewTab() {
  const preview = usePurgePreview();
  const people = usePeopleRefresh();
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [until, setUntil] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [isConfirmingPurge, setIsConfirmingPurge] = useState(false);
  const rows = preview.data ?? [];
  const ids = rows.filter((row) => checked.has(row.id)).map((row) => row.id);
  const done = (text: string) => {
    setChecked(new Set());
    setMessage({ tone: 'success', text });
    void people.refresh();
  };
  const failed = (error: unknown) => setMessage({ tone: 'error', text: `Rien n’a été modifié : ${frenchMessage(error)}` });
  const keep = useMutation({ mutationFn: () => call('people.keep', { ids, until }), onSuccess: (r) => done(`${countOf(r.count, 'personne conservée', 'personnes conservées')} jusqu’au ${formatDate(until)}.`), onError: failed });
  const renew = useMutation({ mutationFn: () => call('people.renew', { ids }), onSuccess: (r) => done(`${countOf(r.count, 'contact renouvelé', 'contacts renouvelés')} aujourd’hui : la durée de conservation repart.`), onError: failed });
  const purge = useMutation({
    mutationFn: () => call('privacy.purge', { ids }),
    onSuccess: (r) => {
      setIsConfirmingPurge(false);
      done(`${countOf(r.erased, 'personne effacée', 'personnes effacées')} définitivement ; ${countOf(r.backups.rewritten, 'sauvegarde réécrite', 'sauvegardes réécrites')}.`);
    },
    onError: (error) => {
      setIsConfirmingPurge(false);
      failed(error);
    },
  });
  const busy = keep.isPending || renew.isPending || purge.isPending;
  const toggle = (id: number) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="review-tab">
      <p>
        Chaque personne est gardée une durée fixée par catégorie, comptée depuis le dernier contact (CNIL : un CV au plus 2 ans après le dernier contact). Passé
        cette date, décidez : la conserver jusqu’à une date, renouveler le contact, ou l’effacer.
      </p>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      {preview.isError ? <Notice tone="error">{frenchMessage(preview.error)}</Notice> : null}
      {preview.isSuccess && rows.length === 0 ? <p className="empty-state">Aucune personne n’a dépassé sa durée de conservation.</p> : null}
      {rows.length > 0 ? (
        <>
          <table className="table review-table">
            <caption className="sr-only">Personnes dont la durée de conservation est dépassée</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Tout cocher"
                    checked={ids.length === rows.length}
                    onChange={(event) => setChecked(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                  />
                </th>
                <th scope="col">Personne</th>
                <th scope="col">Catégorie</th>
                <th scope="col">Dernier contact</th>
                <th scope="col">Conservée jusqu’au</th>
                <th scope="col">Données liées</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const linked = row.holdings.filter((h) => h.count > 0);
                return (
                  <tr key={row.id}>
                    <td>
                      <input type="checkbox" aria-label={`Choisir ${row.displayName}`} checked={checked.has(row.id)} onChange={() => toggle(row.id)} />
                    </td>
                    <td>{row.displayName}</td>
                    <td>{personKinds[row.kind]}</td>
                    <td>{formatDate(row.lastContactOn) || '—'}</td>
                    <td>{formatDate(row.retentionUntil)}</td>
                    <td>{linked.length === 0 ? '—' : linked.map((h) => `${h.label} : ${h.count}`).join(' ; ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="review-actions">
            <span className="register-count">{countOf(ids.length, 'personne choisie', 'personnes choisies')}</span>
            <label>
              Conserver jusqu’au
              <input type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
            </label>
            <button type="button" disabled={busy || ids.length === 0 || until === ''} onClick={() => keep.mutate()}>
              Conserver
            </button>
            <button type="button" disabled={busy || ids.length === 0} onClick={() => renew.mutate()}>
              Renouveler le contact
            </button>
            <button type="button" className="danger" disabled={busy || ids.length === 0} onClick={() => setIsConfirmingPurge(true)}>
              Effacer définitivement…
            </button>
          </div>
        </>
      ) : null}
      {isConfirmingPurge ? (
        <ConfirmDialog title="Purger les durées dépassées" confirmLabel={purge.isPending ? 'Effacement…' : `Effacer ${countOf(ids.length, 'personne', 'personnes')}`} danger busy={purge.isPending} onConfirm={() => purge.mutate()} onCancel={() => setIsConfirmingPurge(false)}>
          <p>
            {countOf(ids.length, 'personne sera effacée', 'personnes seront effacées')} définitivement, avec tout ce que le fichier contient sur elles. Le fichier
            et son journal sont réécrits, et chaque sauvegarde qui les contient est réécrite sans elles (une sauvegarde illisible serait supprimée). Rien ne pourra
            être récupéré.
          </p>
        </ConfirmDialog>
      ) : null}
      <RetentionSettings />
    </div>
  );
}
