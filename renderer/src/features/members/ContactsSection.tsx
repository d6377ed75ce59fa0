import { useState } from 'react';
import type { Contact, ContactInput } from '../../../../shared/api/members';
import { contactRoles, type ContactRole } from '../../../../shared/domain/structure';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { RowActions } from './RowActions';
import { SubFormActions } from './SubFormActions';
import { useSectionEdits } from './use-section-edits';

type Props = { structureId: number; contacts: Contact[] };
type Draft = { name: string; role: ContactRole; roleLabel: string; email: string; phone: string };
const emptyContact: Draft = { name: '', role: 'director', roleLabel: '', email: '', phone: '' };

/** Président(e), directeur, DRH…: e-mails and phone numbers are normalised by the handler. */
export function ContactsSection({ structureId, contacts }: Props) {
  const [editing, setEditing] = useState<{ id: number | null; draft: Draft } | null>(null);
  const { save, remove, toDelete, setToDelete, error, setError, done, setDone } = useSectionEdits<{ id: number | null; contact: ContactInput }, Contact, number>({
    save: ({ id, contact }) => call('contacts.save', { structureId, contactId: id, contact }),
    remove: (id) => call('contacts.delete', { id }),
    onSaved: () => setEditing(null),
    deleted: 'Contact supprimé.',
  });

  const set = (patch: Partial<Draft>) => {
    setEditing((e) => (e ? { ...e, draft: { ...e.draft, ...patch } } : e));
    setError(null);
  };
  const submit = () => {
    if (!editing) return;
    if (editing.draft.name.trim() === '') {
      setError('Indiquez le nom du contact.');
      return;
    }
    setError(null);
    save.mutate({ id: editing.id, contact: editing.draft });
  };

  return (
    <section className="detail-section" aria-label="Contacts">
      <div className="section-title">
        <h3>Contacts</h3>
        {editing ? null : (
          <button
            type="button"
            onClick={() => {
              setError(null);
              setEditing({ id: null, draft: emptyContact });
            }}
          >
            Ajouter un contact
          </button>
        )}
      </div>
      {contacts.length === 0 && !editing ? <p className="hint">Aucun contact : ajoutez le directeur, le président ou la DRH.</p> : null}
      {contacts.length > 0 ? (
        <table className="table compact">
          <thead>
            <tr>
              <th>Nom</th>
              <th>Fonction</th>
              <th>Coordonnées</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <td>{contact.name}</td>
                <td>{contact.role === 'other' && contact.roleLabel ? contact.roleLabel : contactRoles[contact.role]}</td>
                <td className="contact-ways">
                  {contact.email ? <div>{contact.email}</div> : null}
                  {contact.phone ? <div>{contact.phone}</div> : null}
                </td>
                <RowActions
                  what={`le contact ${contact.name}`}
                  onEdit={() => {
                    setError(null);
                    setEditing({ id: contact.id, draft: { name: contact.name, role: contact.role, roleLabel: contact.roleLabel, email: contact.email, phone: contact.phone } });
                  }}
                  onDelete={() => setToDelete(contact)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <form
          className="form sub-form"
          aria-label={editing.id === null ? 'Nouveau contact' : 'Modifier le contact'}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="row">
            <label>
              Nom du contact
              <input type="text" value={editing.draft.name} onChange={(e) => set({ name: e.target.value })} />
            </label>
            <label>
              Fonction
              <select value={editing.draft.role} onChange={(e) => set({ role: e.target.value as ContactRole })}>
                {Object.entries(contactRoles).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            {editing.draft.role === 'other' ? (
              <label>
                Précisez la fonction
                <input type="text" value={editing.draft.roleLabel} onChange={(e) => set({ roleLabel: e.target.value })} />
              </label>
            ) : null}
          </div>
          <div className="row">
            <label>
              E-mail
              <input type="email" value={editing.draft.email} onChange={(e) => set({ email: e.target.value })} />
            </label>
            <label>
              Téléphone
              <input type="tel" value={editing.draft.phone} placeholder="02 33 00 00 00" onChange={(e) => set({ phone: e.target.value })} />
            </label>
          </div>
          <SubFormActions error={error} onCancel={() => setEditing(null)} submitLabel={editing.id === null ? 'Ajouter le contact' : 'Enregistrer le contact'} busy={save.isPending} />
        </form>
      ) : error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : done ? (
        <Notice tone={done.tone} action={done.action} onDismiss={() => setDone(null)}>
          {done.text}
        </Notice>
      ) : null}
      {toDelete ? (
        <ConfirmDialog
          title="Supprimer ce contact ?"
          confirmLabel={`Supprimer ${toDelete.name}`}
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate(toDelete.id)}
          onCancel={() => setToDelete(null)}
        >
          <p>Le contact « {toDelete.name} » sera supprimé de cette structure.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
