import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../../api';
import { opcas } from '../../../../shared/domain/structure';
import { failureMessage, useInvalidateTrainings, useStructureList } from './queries';

type Props = { trainingId: number; onError: (message: string | null) => void };

/** A person of the file (searched by name) or a new one, with the structure that sends them. */
export function AddParticipantForm({ trainingId, onError }: Props) {
  const invalidate = useInvalidateTrainings();
  const structures = useStructureList();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [search, setSearch] = useState('');
  const people = useQuery({ queryKey: ['trainings', 'people', search], queryFn: () => call('trainings.people', { search }), enabled: mode === 'existing' });
  const [personId, setPersonId] = useState('');
  const [person, setPerson] = useState({ civility: '' as '' | 'Mme' | 'M.', lastName: '', firstName: '', email: '' });
  const [structureId, setStructureId] = useState('');
  const [occupationLabel, setOccupationLabel] = useState('');
  const add = useMutation({
    mutationFn: () =>
      call('trainings.addParticipant', {
        trainingId,
        personId: mode === 'existing' && personId ? Number(personId) : null,
        newPerson: mode === 'new' ? person : null,
        structureId: structureId ? Number(structureId) : null,
        occupationLabel,
      }),
    onSuccess: async () => {
      setPerson({ civility: '', lastName: '', firstName: '', email: '' });
      setPersonId('');
      setOccupationLabel('');
      onError(null);
      await invalidate();
    },
    onError: (e) => onError(failureMessage(e)),
  });
  return (
    <form
      className="add-participant"
      aria-label="Inscrire un participant"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <fieldset className="mode-choice">
        <legend>Inscrire</legend>
        <label>
          <input type="radio" name={`mode-${trainingId}`} checked={mode === 'new'} onChange={() => setMode('new')} /> une nouvelle personne
        </label>
        <label>
          <input type="radio" name={`mode-${trainingId}`} checked={mode === 'existing'} onChange={() => setMode('existing')} /> une personne du fichier
        </label>
      </fieldset>
      <div className="field-row">
        {mode === 'new' ? (
          <>
            <label>
              Civilité
              <select value={person.civility} onChange={(e) => setPerson({ ...person, civility: e.target.value as '' | 'Mme' | 'M.' })}>
                <option value="">—</option>
                <option value="Mme">Mme</option>
                <option value="M.">M.</option>
              </select>
            </label>
            <label>
              Nom
              <input type="text" required value={person.lastName} onChange={(e) => setPerson({ ...person, lastName: e.target.value })} />
            </label>
            <label>
              Prénom
              <input type="text" value={person.firstName} onChange={(e) => setPerson({ ...person, firstName: e.target.value })} />
            </label>
          </>
        ) : (
          <>
            <label>
              Rechercher
              <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Nom ou prénom" />
            </label>
            <label>
              Personne
              <select required value={personId} onChange={(e) => setPersonId(e.target.value)}>
                <option value="">Choisir…</option>
                {(people.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${p.lastName} ${p.firstName}`.trim()}
                    {p.structureName ? ` — ${p.structureName}` : ''}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label>
          Structure
          <select value={structureId} onChange={(e) => setStructureId(e.target.value)}>
            <option value="">{mode === 'existing' ? 'Celle de la personne' : 'Choisir…'}</option>
            {(structures.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.opca ? ` — ${opcas[s.opca]}` : ' — sans OPCA'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Métier
          <input type="text" value={occupationLabel} onChange={(e) => setOccupationLabel(e.target.value)} />
        </label>
        <button type="submit" disabled={add.isPending}>
          Inscrire
        </button>
      </div>
    </form>
  );
}
