import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { NewsletterData } from '../../../../shared/api/newsletters';
import { call } from '../../api';

type Props = { contactIds: number[]; data: NewsletterData; readOnly: boolean; onChange: (contactIds: number[]) => void };

/** The register's contacts shown in the box: chosen here, their details read from the register. */
export function ContactsPicker({ contactIds, data, readOnly, onChange }: Props) {
  const choices = useQuery({ queryKey: ['newsletters', 'contactChoices'], queryFn: () => call('newsletters.contactChoices'), enabled: !readOnly });
  const [picked, setPicked] = useState('');
  const selectId = useId();
  // Saved contacts come with their details; one just added shows from the choices until the letter is saved.
  const shown = contactIds.flatMap((id) => {
    const saved = data.contacts.find((contact) => contact.id === id);
    if (saved) return [saved];
    const choice = choices.data?.find((c) => c.id === id);
    return choice ? [{ ...choice, email: '' }] : [];
  });
  const available = (choices.data ?? []).filter((choice) => !contactIds.includes(choice.id));
  return (
    <div className="contacts-picker">
      {shown.length === 0 ? (
        <p className="hint">Aucun contact du registre dans l’encadré{readOnly ? '.' : ' : choisissez-en ci-dessous, leurs coordonnées viennent du registre.'}</p>
      ) : (
        <ul className="chosen-contacts" aria-label="Contacts de l’encadré">
          {shown.map((contact) => (
            <li key={contact.id}>
              <strong>{contact.name}</strong>
              {contact.role ? `, ${contact.role}` : ''} · {contact.structureName}
              {contact.email ? <span className="muted"> · {contact.email}</span> : null}
              {readOnly ? null : (
                <button type="button" className="link-button" aria-label={`Retirer ${contact.name} de l’encadré`} onClick={() => onChange(contactIds.filter((id) => id !== contact.id))}>
                  Retirer
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : (
        <div className="inline-form">
          <label htmlFor={selectId}>Contact du registre</label>
          <select id={selectId} value={picked} onChange={(event) => setPicked(event.target.value)}>
            <option value="">{available.length === 0 ? 'Aucun autre contact dans le registre' : 'Choisir…'}</option>
            {available.map((choice) => (
              <option key={choice.id} value={String(choice.id)}>
                {choice.name}
                {choice.role ? `, ${choice.role}` : ''} ({choice.structureName})
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={picked === ''}
            onClick={() => {
              onChange([...contactIds, Number(picked)]);
              setPicked('');
            }}
          >
            Ajouter à l’encadré
          </button>
        </div>
      )}
    </div>
  );
}
