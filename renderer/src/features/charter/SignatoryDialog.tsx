import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Signatory, SignatoryInput, TerritoryPart } from '../../../../shared/api/charter';
import { call, messageOf } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { useStructureList } from '../members/queries';
import { useCharterRefresh } from './queries';
import { TerritoryPicker } from './TerritoryPicker';

type Props = { signatory: Signatory | null; onClose: () => void; onSaved: (signatory: Signatory) => void };

const today = () => new Date().toISOString().slice(0, 10);

/** Adds or edits a signature: a structure of the register, or a health professional. */
export function SignatoryDialog({ signatory, onClose, onSaved }: Props) {
  const structures = useStructureList();
  const refresh = useCharterRefresh();
  const [kind, setKind] = useState<'structure' | 'professional'>(signatory?.kind ?? 'structure');
  const [structureId, setStructureId] = useState<number | null>(signatory?.structureId ?? null);
  const [lastName, setLastName] = useState(signatory?.lastName ?? '');
  const [firstName, setFirstName] = useState(signatory?.firstName ?? '');
  const [profession, setProfession] = useState(signatory?.profession ?? '');
  const [email, setEmail] = useState(signatory?.email ?? '');
  const [address, setAddress] = useState(signatory?.address ?? '');
  const [postcode, setPostcode] = useState(signatory?.postcode ?? '');
  const [field, setField] = useState(signatory?.field ?? '');
  const [signedOn, setSignedOn] = useState(signatory?.signedOn ?? today());
  const [territory, setTerritory] = useState<TerritoryPart[]>(signatory?.territory ?? []);
  const input = (): SignatoryInput => {
    const common = { field, signedOn, territory: territory.map(({ kind: partKind, code }) => ({ kind: partKind, code })) };
    return kind === 'structure'
      ? { kind, structureId: structureId ?? 0, ...common }
      : { kind, lastName, firstName, profession, email, address, postcode, ...common };
  };
  const save = useMutation({
    mutationFn: () => (signatory ? call('charter.updateSignatory', { id: signatory.id, signatory: input() }) : call('charter.addSignatory', input())),
    onSuccess: async (saved) => {
      await refresh();
      onSaved(saved);
    },
  });
  const title = signatory ? `Modifier la signature de ${signatory.name}` : 'Ajouter un signataire';
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="button" className="primary" disabled={save.isPending} onClick={() => save.mutate()}>
            Enregistrer
          </button>
        </>
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {save.isError ? <Notice tone="error">{messageOf(save.error)}</Notice> : null}
        {signatory ? null : (
          <fieldset className="segmented-choice">
            <legend>Qui signe</legend>
            <label className="inline-check">
              <input type="radio" name="signatory-kind" checked={kind === 'structure'} onChange={() => setKind('structure')} /> Une structure du registre
            </label>
            <label className="inline-check">
              <input type="radio" name="signatory-kind" checked={kind === 'professional'} onChange={() => setKind('professional')} /> Un professionnel de santé
            </label>
          </fieldset>
        )}
        {kind === 'structure' ? (
          <label>
            Structure
            <select value={structureId ?? ''} onChange={(event) => setStructureId(event.target.value ? Number(event.target.value) : null)}>
              <option value="">Choisissez une structure…</option>
              {(structures.data ?? []).map((structure) => (
                <option key={structure.id} value={structure.id}>
                  {structure.name}
                  {structure.communeName ? ` (${structure.communeName})` : ''}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <div className="row">
              <label>
                Nom
                <input type="text" value={lastName} onChange={(event) => setLastName(event.target.value)} />
              </label>
              <label>
                Prénom
                <input type="text" value={firstName} onChange={(event) => setFirstName(event.target.value)} />
              </label>
            </div>
            <label>
              Profession
              <input type="text" value={profession} placeholder="Infirmière libérale, masseur-kinésithérapeute…" onChange={(event) => setProfession(event.target.value)} />
            </label>
            <div className="row">
              <label>
                Adresse
                <input type="text" value={address} onChange={(event) => setAddress(event.target.value)} />
              </label>
              <label>
                Code postal
                <input type="text" value={postcode} onChange={(event) => setPostcode(event.target.value)} />
              </label>
            </div>
            <label>
              E-mail
              <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
            </label>
          </>
        )}
        <label>
          Champ d’intervention
          <input type="text" value={field} placeholder="Soins à domicile, personnes âgées…" onChange={(event) => setField(event.target.value)} />
        </label>
        <label>
          Signée le
          <input type="date" value={signedOn} onChange={(event) => setSignedOn(event.target.value)} />
        </label>
        <TerritoryPicker value={territory} onChange={setTerritory} />
      </form>
    </Modal>
  );
}
