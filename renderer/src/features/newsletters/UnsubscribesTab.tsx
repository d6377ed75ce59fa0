import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { call, messageOf } from '../../api';
import { Notice } from '../../components/Notice';
import { useNewslettersRefresh, useUnsubscribes } from './queries';

const today = () => new Date().toISOString().slice(0, 10);

/** People or addresses who asked not to receive the letter: every list the app builds leaves them out. */
export function UnsubscribesTab() {
  const unsubscribes = useUnsubscribes();
  const refresh = useNewslettersRefresh();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [askedOn, setAskedOn] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => call('newsletters.addUnsubscribe', { email, name, askedOn }),
    onSuccess: () => {
      setEmail('');
      setName('');
      setError(null);
      void refresh();
    },
    onError: (failure) => setError(messageOf(failure)),
  });
  const remove = useMutation({ mutationFn: (id: number) => call('newsletters.removeUnsubscribe', { id }), onSuccess: () => void refresh() });
  const list = unsubscribes.data ?? [];
  return (
    <div className="unsubscribes-tab">
      <p className="hint">Les adresses ci-dessous ne reçoivent plus la lettre ni les envois que l’application prépare (formations, échanges entre adhérents).</p>
      <form
        className="field-row"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <label className="grow">
          Adresse e-mail
          <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          Nom (facultatif)
          <input type="text" value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          Demandé le
          <input type="date" value={askedOn} onChange={(event) => setAskedOn(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={add.isPending}>
          Désinscrire
        </button>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p>{countOf(list.length, 'adresse désinscrite', 'adresses désinscrites')}</p>
      {list.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Adresse</th>
              <th scope="col">Nom</th>
              <th scope="col">Demandé le</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.map((row) => (
              <tr key={row.id}>
                <td>{row.email}</td>
                <td>{row.name}</td>
                <td>{formatDate(row.askedOn)}</td>
                <td>
                  <button type="button" className="link-button" aria-label={`Réinscrire ${row.email}`} onClick={() => remove.mutate(row.id)}>
                    Réinscrire
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
