import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { CandidateRow } from '../../../../../shared/api/exchange';
import { consentScopes, mobilities, type ConsentScope, type Mobility } from '../../../../../shared/domain/exchange';
import { call } from '../../../api';
import { LabelledSelect } from '../../../components/LabelledSelect';
import { Modal } from '../../../components/Modal';
import { Notice } from '../../../components/Notice';
import { CommunePicker } from '../../members/CommunePicker';
import { dateText, isoOf, refusalOf } from '../french-date';
import { useExchangeRefresh, useOccupations, useStructures } from '../queries';
import { ConsentFields } from './ConsentFields';

type Props = { candidate: CandidateRow | null; onClose: () => void; onSaved: (candidate: CandidateRow, isNew: boolean) => void };

const today = () => new Date().toISOString().slice(0, 10);

/** A candidate's record: who, where, what they wish, and their consent. Never health data (a hint says so). */
export function CandidateDialog({ candidate, onClose, onSaved }: Props) {
  const occupations = useOccupations();
  const structures = useStructures();
  const refresh = useExchangeRefresh();
  const [civility, setCivility] = useState<'' | 'Mme' | 'M.'>((candidate?.civility as '' | 'Mme' | 'M.' | undefined) ?? '');
  const [lastName, setLastName] = useState(candidate?.lastName ?? '');
  const [firstName, setFirstName] = useState(candidate?.firstName ?? '');
  const [email, setEmail] = useState(candidate?.email ?? '');
  const [phone, setPhone] = useState(candidate?.phone ?? '');
  const [commune, setCommune] = useState({ code: candidate?.communeCode ?? '', label: candidate?.communeName ?? '', epci: '' });
  const [mobility, setMobility] = useState<Mobility | ''>(candidate?.mobility ?? 'epci');
  const [availableFrom, setAvailableFrom] = useState(dateText(candidate?.availableFrom));
  const [availability, setAvailability] = useState(candidate?.availability ?? '');
  const [wished, setWished] = useState<string[]>(candidate?.wishedOccupations.map((o) => o.key) ?? []);
  const [toAdd, setToAdd] = useState('');
  const [scope, setScope] = useState<ConsentScope>(candidate?.consentScope ?? 'none');
  const [consentOn, setConsentOn] = useState(dateText(candidate?.consentOn));
  const [members, setMembers] = useState<number[]>(candidate?.consentMemberIds ?? []);
  const [lastContactOn, setLastContactOn] = useState(dateText(candidate?.lastContactOn ?? today()));
  const [error, setError] = useState<string | null>(null);
  const labelOf = new Map((occupations.data ?? []).map((o) => [o.key, o.label]));

  const save = useMutation({
    mutationFn: () =>
      call('exchange.candidates.save', {
        id: candidate?.id ?? null,
        candidate: {
          civility,
          lastName,
          firstName,
          email,
          phone,
          communeCode: commune.code,
          mobility: mobility || 'epci',
          availableFrom: isoOf(availableFrom, 'disponibilité'),
          availability,
          wishedOccupationKeys: wished,
          consentScope: scope,
          consentOn: scope === 'none' ? null : isoOf(consentOn, 'consentement'),
          consentMemberIds: scope === 'someMembers' ? members : [],
          lastContactOn: isoOf(lastContactOn, 'dernier contact'),
        },
      }),
    onMutate: () => setError(null),
    onSuccess: (saved) => {
      void refresh();
      onSaved(saved, candidate === null);
    },
    onError: (failure) => setError(refusalOf(failure)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      title={candidate ? 'Modifier le candidat' : 'Ajouter un candidat'}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" form="candidate-form" className="primary" disabled={save.isPending}>
            {candidate ? 'Enregistrer' : 'Ajouter le candidat'}
          </button>
        </>
      }
    >
      <form id="candidate-form" className="form" onSubmit={submit}>
        <p className="hint">N’inscrivez aucune donnée de santé (RQTH, handicap, arrêt de travail) : elle n’a pas sa place dans cette fiche.</p>
        <div className="row">
          <LabelledSelect label="Civilité" value={civility} options={{ Mme: 'Mme', 'M.': 'M.' }} emptyLabel="—" onChange={setCivility} />
          <label>
            Nom
            <input type="text" value={lastName} onChange={(event) => setLastName(event.target.value)} required maxLength={100} />
          </label>
          <label>
            Prénom
            <input type="text" value={firstName} onChange={(event) => setFirstName(event.target.value)} maxLength={100} />
          </label>
        </div>
        <div className="row">
          <label>
            E-mail
            <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} maxLength={200} />
          </label>
          <label>
            Téléphone
            <input type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} maxLength={40} />
          </label>
          <label>
            Dernier contact
            <input type="text" inputMode="numeric" placeholder="jj/mm/aaaa" value={lastContactOn} onChange={(event) => setLastContactOn(event.target.value)} />
          </label>
        </div>
        <div className="row">
          <CommunePicker
            label="Commune de résidence"
            value={commune.label}
            epciName={commune.epci}
            onPick={(picked) => setCommune(picked ? { code: picked.code, label: picked.name, epci: picked.epciName } : { code: '', label: '', epci: '' })}
          />
          <LabelledSelect label="Secteur où travailler" value={mobility} options={mobilities} emptyLabel="— Choisir —" onChange={setMobility} />
        </div>
        <div className="row">
          <label>
            Disponible à partir du
            <input type="text" inputMode="numeric" placeholder="jj/mm/aaaa" value={availableFrom} onChange={(event) => setAvailableFrom(event.target.value)} />
          </label>
          <label>
            Disponibilités
            <input type="text" value={availability} onChange={(event) => setAvailability(event.target.value)} placeholder="mi-temps, pas le week-end…" maxLength={500} />
          </label>
        </div>
        <fieldset className="wizard-step">
          <legend>Métiers souhaités</legend>
          {wished.length > 0 ? (
            <ul className="chips" aria-label="Métiers choisis">
              {wished.map((key) => (
                <li key={key} className="chip">
                  {labelOf.get(key) ?? key}
                  <button type="button" className="icon-button" aria-label={`Retirer ${labelOf.get(key) ?? key}`} onClick={() => setWished(wished.filter((k) => k !== key))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Aucun métier choisi : le candidat ne sera proposé pour aucune offre.</p>
          )}
          <div className="field-row">
            <LabelledSelect
              label="Métier à ajouter"
              value={toAdd}
              options={(occupations.data ?? []).filter((o) => !wished.includes(o.key)).map((o) => ({ code: o.key, label: o.romeCode ? `${o.label} (${o.romeCode})` : o.label }))}
              emptyLabel="— Choisir —"
              onChange={setToAdd}
            />
            <button
              type="button"
              disabled={toAdd === ''}
              onClick={() => {
                setWished([...wished, toAdd]);
                setToAdd('');
              }}
            >
              Ajouter ce métier
            </button>
          </div>
        </fieldset>
        <ConsentFields
          scope={scope}
          consentOn={consentOn}
          members={members}
          structures={structures.data ?? []}
          labels={consentScopes}
          onScope={setScope}
          onConsentOn={setConsentOn}
          onMembers={setMembers}
        />
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </Modal>
  );
}
