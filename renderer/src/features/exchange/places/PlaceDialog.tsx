import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { PlaceRow } from '../../../../../shared/api/exchange';
import { placeStatuses, type PlaceStatus } from '../../../../../shared/domain/exchange';
import { countOf, plural } from '../../../../../shared/format/plural';
import { call } from '../../../api';
import { LabelledSelect } from '../../../components/LabelledSelect';
import { Modal } from '../../../components/Modal';
import { Notice } from '../../../components/Notice';
import { CommunePicker } from '../../members/CommunePicker';
import { failureMessage } from '../../members/queries';
import { dateText, FormRefusal, isoOf, refusalOf } from '../french-date';
import { useExchangeRefresh, useOccupations, useStructures } from '../queries';

type Props = { place: PlaceRow | null; onClose: () => void; onSaved: (place: PlaceRow | null, message: string) => void };

/** Places typed in by the coordinator: the training, who offers them, when and where, how many. */
export function PlaceDialog({ place, onClose, onSaved }: Props) {
  const structures = useStructures();
  const occupations = useOccupations();
  const refresh = useExchangeRefresh();
  const [title, setTitle] = useState(place?.title ?? '');
  const [structureId, setStructureId] = useState(place?.structureId ? String(place.structureId) : '');
  const [occupationKey, setOccupationKey] = useState(place?.occupationKey ?? '');
  const [organiser, setOrganiser] = useState(place?.organiser ?? '');
  const [startsOn, setStartsOn] = useState(dateText(place?.startsOn));
  const [endsOn, setEndsOn] = useState(dateText(place?.endsOn));
  const [commune, setCommune] = useState({ code: place?.communeCode ?? '', label: place?.communeName ?? '', epci: '' });
  const [seats, setSeats] = useState(place ? String(place.seats) : '1');
  const [status, setStatus] = useState<PlaceStatus | ''>(place?.status ?? 'open');
  const [notes, setNotes] = useState(place?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const count = Number(seats.trim());
      if (!Number.isInteger(count)) throw new FormRefusal(`« ${seats} » n’est pas un nombre de places : tapez un nombre entier.`);
      return call('exchange.places.save', {
        id: place?.id ?? null,
        place: {
          title,
          structureId: structureId ? Number(structureId) : null,
          occupationKey: occupationKey || null,
          organiser,
          startsOn: isoOf(startsOn, 'début'),
          endsOn: isoOf(endsOn, 'fin'),
          communeCode: commune.code,
          seats: count,
          status: status || 'open',
          notes,
        },
      });
    },
    onMutate: () => setError(null),
    onSuccess: (saved) => {
      void refresh();
      onSaved(saved, `${countOf(saved.seats, 'place', 'places')} pour « ${saved.title} » ${place ? plural(saved.seats, 'enregistrée', 'enregistrées') : plural(saved.seats, 'proposée aux adhérents', 'proposées aux adhérents')}.`);
    },
    onError: (failure) => setError(refusalOf(failure)),
  });
  const remove = useMutation({
    mutationFn: () => call('exchange.places.delete', { id: place?.id ?? 0 }),
    onSuccess: () => {
      void refresh();
      onSaved(null, `Les places de « ${place?.title ?? ''} » ont été supprimées.`);
    },
    onError: (failure) => setError(failureMessage(failure)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      title={place ? 'Modifier les places de formation' : 'Proposer des places de formation'}
      wide
      onClose={onClose}
      footer={
        <>
          {place ? (
            <button type="button" className="link-button danger-link" disabled={remove.isPending} onClick={() => remove.mutate()}>
              Supprimer
            </button>
          ) : null}
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" form="place-form" className="primary" disabled={save.isPending}>
            Enregistrer
          </button>
        </>
      }
    >
      <form id="place-form" className="form" onSubmit={submit}>
        <div className="row">
          <label>
            Formation
            <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
          </label>
          <LabelledSelect label="Proposée par" value={structureId} options={(structures.data ?? []).map((s) => ({ code: String(s.id), label: s.name }))} emptyLabel="— Non renseigné —" onChange={setStructureId} />
          <label>
            Organisme de formation
            <input type="text" value={organiser} onChange={(event) => setOrganiser(event.target.value)} maxLength={200} />
          </label>
        </div>
        <div className="row">
          <LabelledSelect label="Pour le métier" value={occupationKey} options={(occupations.data ?? []).map((o) => ({ code: o.key, label: o.label }))} emptyLabel="— Tous —" onChange={setOccupationKey} />
          <label>
            Début
            <input type="text" inputMode="numeric" placeholder="jj/mm/aaaa" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} />
          </label>
          <label>
            Fin
            <input type="text" inputMode="numeric" placeholder="jj/mm/aaaa" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} />
          </label>
        </div>
        <div className="row">
          <CommunePicker
            label="Lieu"
            value={commune.label}
            epciName={commune.epci}
            onPick={(picked) => setCommune(picked ? { code: picked.code, label: picked.name, epci: picked.epciName } : { code: '', label: '', epci: '' })}
          />
          <label>
            Nombre de places
            <input type="text" inputMode="numeric" value={seats} onChange={(event) => setSeats(event.target.value)} />
          </label>
          <LabelledSelect label="État" value={status} options={placeStatuses} emptyLabel="— Choisir —" onChange={setStatus} />
        </div>
        <label>
          Remarques
          <textarea rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} maxLength={2000} />
        </label>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </Modal>
  );
}
