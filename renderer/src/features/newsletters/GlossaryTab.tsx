import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { GlossaryEntry } from '../../../../shared/api/newsletters';
import { call, messageOf } from '../../api';
import { Notice } from '../../components/Notice';
import { useGlossary, useNewslettersRefresh } from './queries';

/** The sector glossary, reworded or completed by the association: letters print the entries they use. */
export function GlossaryTab() {
  const glossary = useGlossary();
  const refresh = useNewslettersRefresh();
  const [acronym, setAcronym] = useState('');
  const [definition, setDefinition] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const save = useMutation({
    mutationFn: () => call('glossary.save', { acronym, definition }),
    onSuccess: () => {
      setMessage({ tone: 'success', text: `Sigle ${acronym.trim()} enregistré.` });
      setAcronym('');
      setDefinition('');
      void refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  const remove = useMutation({
    mutationFn: (entry: { acronym: string; restore: boolean }) => call('glossary.remove', entry),
    onSuccess: () => void refresh(),
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  const edit = (entry: GlossaryEntry) => {
    setAcronym(entry.acronym);
    setDefinition(entry.definition);
  };
  return (
    <div className="glossary-tab">
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <label>
          Sigle
          <input type="text" value={acronym} onChange={(event) => setAcronym(event.target.value.toUpperCase())} placeholder="GTEC" />
        </label>
        <label className="grow">
          Définition
          <input type="text" value={definition} onChange={(event) => setDefinition(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={save.isPending}>
          Enregistrer le sigle
        </button>
      </form>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      <div className="scroll-table glossary-table" tabIndex={0} role="region" aria-label="Glossaire">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Sigle</th>
              <th scope="col">Définition</th>
              <th scope="col">Origine</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {(glossary.data ?? []).map((entry) => (
              <tr key={entry.acronym} className={entry.isHidden ? 'hidden-entry' : undefined}>
                <td>
                  <strong>{entry.acronym}</strong>
                </td>
                <td>{entry.definition}</td>
                <td>{entry.isHidden ? 'masqué' : entry.source === 'sector' ? 'glossaire du secteur' : 'propre à l’association'}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" aria-label={`Modifier ${entry.acronym}`} onClick={() => edit(entry)}>
                    Modifier
                  </button>
                  {entry.isHidden || entry.source === 'association' ? (
                    <button type="button" className="link-button" aria-label={`${entry.isHidden ? 'Rétablir' : 'Revenir au secteur'} : ${entry.acronym}`} onClick={() => remove.mutate({ acronym: entry.acronym, restore: true })}>
                      {entry.isHidden ? 'Rétablir' : 'Revenir au secteur'}
                    </button>
                  ) : (
                    <button type="button" className="link-button" aria-label={`Masquer ${entry.acronym}`} onClick={() => remove.mutate({ acronym: entry.acronym, restore: false })}>
                      Masquer
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
