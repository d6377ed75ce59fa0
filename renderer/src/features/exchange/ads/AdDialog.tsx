import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AdRow } from '../../../../../shared/api/exchange';
import { contractKinds, type ContractKind } from '../../../../../shared/domain/exchange';
import { formatDecimal, parseFrenchNumber } from '../../../../../shared/format/numbers';
import { call } from '../../../api';
import { LabelledSelect } from '../../../components/LabelledSelect';
import { Modal } from '../../../components/Modal';
import { Notice } from '../../../components/Notice';
import { CommunePicker } from '../../members/CommunePicker';
import { dateText, FormRefusal, isoOf, refusalOf } from '../french-date';
import { useExchangeRefresh, useOccupations, useStructures } from '../queries';

type Props = { ad: AdRow | null; onClose: () => void; onSaved: (ad: AdRow, isNew: boolean) => void };

/** Publishing or editing an ad: every field is checked again by the handler, which says what is wrong. */
export function AdDialog({ ad, onClose, onSaved }: Props) {
  const structures = useStructures();
  const occupations = useOccupations();
  const refresh = useExchangeRefresh();
  const [structureId, setStructureId] = useState(ad ? String(ad.structureId) : '');
  const [title, setTitle] = useState(ad?.title ?? '');
  const [occupationKey, setOccupationKey] = useState(ad?.occupationKey ?? '');
  const [contract, setContract] = useState<ContractKind | ''>(ad?.contract ?? 'cdd');
  const [hours, setHours] = useState(ad?.hoursPerWeek == null ? '' : formatDecimal(ad.hoursPerWeek));
  const [startsOn, setStartsOn] = useState(dateText(ad?.startsOn));
  const [endsOn, setEndsOn] = useState(dateText(ad?.endsOn));
  const [commune, setCommune] = useState({ code: ad?.communeCode ?? '', label: ad?.communeName ?? '', epci: '' });
  const [description, setDescription] = useState(ad?.description ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () => {
      const hoursPerWeek = hours.trim() === '' ? null : parseFrenchNumber(hours);
      if (hoursPerWeek === null && hours.trim() !== '') throw new FormRefusal(`« ${hours} » n’est pas un nombre d’heures : tapez par exemple 24,5.`);
      if (structureId === '') throw new FormRefusal('Choisissez la structure qui propose le poste.');
      if (contract === '') throw new FormRefusal('Choisissez le type de contrat.');
      return call('exchange.ads.save', {
        id: ad?.id ?? null,
        ad: {
          structureId: Number(structureId),
          occupationKey: occupationKey || null,
          title,
          contract,
          hoursPerWeek,
          startsOn: isoOf(startsOn, 'début'),
          endsOn: isoOf(endsOn, 'fin'),
          communeCode: commune.code,
          description,
          publishedOn: ad?.publishedOn ?? null,
        },
      });
    },
    onMutate: () => setError(null),
    onSuccess: (saved) => {
      void refresh();
      onSaved(saved, ad === null);
    },
    onError: (failure) => setError(refusalOf(failure)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      title={ad ? 'Modifier l’offre' : 'Publier une offre'}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" form="ad-form" className="primary" disabled={save.isPending}>
            {ad ? 'Enregistrer l’offre' : 'Publier l’offre'}
          </button>
        </>
      }
    >
      <form id="ad-form" className="form" onSubmit={submit}>
        <div className="row">
          <LabelledSelect
            label="Structure qui recrute"
            value={structureId}
            options={(structures.data ?? []).map((s) => ({ code: String(s.id), label: s.name }))}
            emptyLabel="— Choisir —"
            onChange={setStructureId}
          />
          <label>
            Intitulé du poste
            <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
          </label>
        </div>
        <div className="row">
          <LabelledSelect
            label="Métier"
            value={occupationKey}
            options={(occupations.data ?? []).map((o) => ({ code: o.key, label: o.romeCode ? `${o.label} (${o.romeCode})` : o.label }))}
            emptyLabel="— Non renseigné —"
            onChange={setOccupationKey}
          />
          <LabelledSelect label="Contrat" value={contract} options={contractKinds} emptyLabel="— Choisir —" onChange={setContract} />
          <label>
            Heures par semaine
            <input type="text" inputMode="decimal" value={hours} onChange={(event) => setHours(event.target.value)} placeholder="35" />
          </label>
        </div>
        <div className="row">
          <label>
            Début
            <input type="text" inputMode="numeric" placeholder="jj/mm/aaaa" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} />
          </label>
          <label>
            Fin (CDD)
            <input type="text" inputMode="numeric" placeholder="jj/mm/aaaa" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} />
          </label>
          <CommunePicker
            label="Lieu de travail (si autre que la structure)"
            value={commune.label}
            epciName={commune.epci}
            onPick={(picked) => setCommune(picked ? { code: picked.code, label: picked.name, epci: picked.epciName } : { code: '', label: '', epci: '' })}
          />
        </div>
        <label>
          Description
          <textarea rows={4} value={description} onChange={(event) => setDescription(event.target.value)} maxLength={5000} />
        </label>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </Modal>
  );
}
