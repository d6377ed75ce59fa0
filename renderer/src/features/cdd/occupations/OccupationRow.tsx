import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api';
import type { Occupation } from '../../../../../shared/api/cdd';
import { occupationFamilies } from '../../../../../shared/domain/occupations/families';
import { formatInteger } from '../../../../../shared/format/numbers';

/** The sector's words come first; ROME's many appellations stay one click away. */
const visibleSynonyms = 6;

type Props = { occupation: Occupation; onChanged: (o: Occupation) => void; onError: (e: unknown) => void };

/** One occupation: rename in place, add or remove the synonyms the import matches. */
export function OccupationRow({ occupation, onChanged, onError }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [synonym, setSynonym] = useState('');
  const [showAll, setShowAll] = useState(false);
  const shownSynonyms = showAll ? occupation.synonyms : occupation.synonyms.slice(0, visibleSynonyms);
  const hidden = occupation.synonyms.length - shownSynonyms.length;
  const rename = useMutation({
    mutationFn: (label: string) => call('occupations.rename', { key: occupation.key, label }),
    onSuccess: (o) => {
      setRenaming(null);
      onChanged(o);
    },
    onError,
  });
  const add = useMutation({
    mutationFn: (text: string) => call('occupations.addSynonym', { key: occupation.key, synonym: text }),
    onSuccess: (o) => {
      setSynonym('');
      onChanged(o);
    },
    onError,
  });
  const remove = useMutation({ mutationFn: (text: string) => call('occupations.removeSynonym', { key: occupation.key, synonym: text }), onSuccess: onChanged, onError });

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    if (renaming !== null) rename.mutate(renaming);
  };
  const submitSynonym = (event: FormEvent) => {
    event.preventDefault();
    if (synonym.trim()) add.mutate(synonym);
  };

  return (
    <tr>
      <td>
        {renaming === null ? (
          <>
            {occupation.label} {occupation.isCustom ? <span className="badge">ajouté</span> : null}
          </>
        ) : (
          <form onSubmit={submitRename} className="inline-form">
            <input aria-label={`Nouvel intitulé de ${occupation.label}`} value={renaming} onChange={(e) => setRenaming(e.target.value)} autoFocus size={30} />
            <button type="submit" className="primary" disabled={rename.isPending}>
              Enregistrer
            </button>
            <button type="button" onClick={() => setRenaming(null)}>
              Annuler
            </button>
          </form>
        )}
      </td>
      <td>
        {occupation.romeCode ?? '—'}
        {occupation.romeParent && occupation.romeParent !== occupation.romeCode ? <span className="muted"> ({occupation.romeParent})</span> : null}
      </td>
      <td>{occupationFamilies[occupation.family]}</td>
      <td>
        <ul className="chips">
          {shownSynonyms.map((synonym) => (
            <li key={synonym} className="chip">
              {synonym}
              <button type="button" className="icon-button" aria-label={`Retirer le synonyme ${synonym}`} disabled={remove.isPending} onClick={() => remove.mutate(synonym)}>
                ×
              </button>
            </li>
          ))}
          {hidden > 0 || showAll ? (
            <li>
              <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
                {showAll ? 'moins' : `+ ${hidden} autre${hidden > 1 ? 's' : ''}`}
              </button>
            </li>
          ) : null}
        </ul>
        <form onSubmit={submitSynonym} className="inline-form">
          <input aria-label={`Nouveau synonyme de ${occupation.label}`} placeholder="ajouter un synonyme" value={synonym} onChange={(e) => setSynonym(e.target.value)} size={18} />
          <button type="submit" disabled={add.isPending || !synonym.trim()}>
            +
          </button>
        </form>
      </td>
      <td className="number">{formatInteger(occupation.entryCount)}</td>
      <td>
        {renaming === null ? (
          <button type="button" className="link-button" onClick={() => setRenaming(occupation.label)}>
            Renommer
          </button>
        ) : null}
      </td>
    </tr>
  );
}
