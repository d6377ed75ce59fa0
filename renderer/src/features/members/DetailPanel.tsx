import { useState } from 'react';
import { countOf } from '../../../../shared/format/plural';
import { useMutation } from '@tanstack/react-query';
import type { StructureChanges, StructureDetail } from '../../../../shared/api/members';
import { structureTypes } from '../../../../shared/domain/structure';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { ContactsSection } from './ContactsSection';
import { MembershipsSection } from './MembershipsSection';
import { frenchMessage, useRegisterCache, useStructureDetail } from './queries';
import { StructureFields } from './StructureFields';
import { changesBetween, checkDraft, draftOf, fieldLabels, fieldOfMessage, type FieldErrors, type StructureDraft } from './structure-draft';

type Props = { id: number; onClose: () => void; onDeleted: (name: string) => void };

/** The selected structure: every field, its contacts and its membership years. */
export function DetailPanel({ id, onClose, onDeleted }: Props) {
  const detail = useStructureDetail(id);
  // Kept here: the body restarts from the saved values after each save, the message stays.
  const [message, setMessage] = useState<Message | null>(null);
  return (
    <aside className="detail-panel" aria-label="Fiche de la structure">
      {detail.isPending ? <p className="loading">Chargement…</p> : null}
      {detail.isError ? (
        <>
          <Notice tone="error">{frenchMessage(detail.error)}</Notice>
          <button type="button" onClick={onClose}>
            Fermer
          </button>
        </>
      ) : null}
      {detail.data ? (
        <DetailBody
          key={`${id}-${detail.data.structure.updatedAt}`}
          detail={detail.data}
          message={message}
          setMessage={setMessage}
          onClose={onClose}
          onDeleted={onDeleted}
        />
      ) : null}
    </aside>
  );
}

type Message = { tone: 'error' | 'success' | 'warning'; text: string };
type BodyProps = {
  detail: StructureDetail;
  message: Message | null;
  setMessage: (message: Message | null) => void;
  onClose: () => void;
  onDeleted: (name: string) => void;
};

function DetailBody({ detail, message, setMessage, onClose, onDeleted }: BodyProps) {
  const cache = useRegisterCache();
  const structure = detail.structure;
  const [draft, setDraft] = useState<StructureDraft>(() => draftOf(structure));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const warnings: FieldErrors = Object.fromEntries(detail.warnings.map((w) => [w.field, w.message]));

  const save = useMutation({
    mutationFn: (changes: StructureChanges) => call('structures.update', { id: structure.id, changes }),
    onSuccess: (saved) => {
      cache.putDetail(saved);
      setMessage(
        saved.warnings.length > 0
          ? { tone: 'warning', text: `Enregistré, mais : ${saved.warnings.map((w) => w.message).join(' ')}` }
          : { tone: 'success', text: 'Modifications enregistrées.' },
      );
    },
    onError: (error) => {
      const text = frenchMessage(error);
      const field = fieldOfMessage(text);
      setMessage({ tone: 'error', text: field ? `Rien n’a été enregistré : voyez le message sous « ${fieldLabels[field]} ».` : text });
      if (field) setErrors({ [field]: text });
    },
  });
  const remove = useMutation({
    mutationFn: () => call('structures.delete', { id: structure.id }),
    onSuccess: () => {
      setIsConfirmingDelete(false);
      onDeleted(structure.name);
      cache.forget(structure.id);
      void cache.refreshAll();
    },
    onError: (error) => {
      setIsConfirmingDelete(false);
      setMessage({ tone: 'error', text: frenchMessage(error) });
    },
  });

  const submit = () => {
    setMessage(null);
    const { input, errors: found } = checkDraft(draft);
    setErrors(found);
    if (!input) return;
    const changes = changesBetween(structure, input);
    if (Object.keys(changes).length === 0) {
      setMessage({ tone: 'success', text: 'Rien à enregistrer : aucun champ n’a changé.' });
      return;
    }
    save.mutate(changes);
  };
  const checked = checkDraft(draft).input;
  const isDirty = checked ? Object.keys(changesBetween(structure, checked)).length > 0 : true;

  return (
    <>
      <header className="detail-header">
        <div>
          <h2>{structure.name}</h2>
          <p className="muted">
            {[structure.type ? structureTypes[structure.type] : null, structure.communeName || null].filter(Boolean).join(' · ') || 'Type et commune non renseignés'}
            {' · '}
            {structure.isMember ? <span className="badge">Adhérent {new Date().getFullYear()}</span> : <span className="badge badge-muted">Partenaire</span>}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Fermer la fiche" onClick={onClose}>
          ×
        </button>
      </header>
      <ContactsSection structureId={structure.id} contacts={detail.contacts} />
      <MembershipsSection structureId={structure.id} memberships={detail.memberships} />
      <form
        className="detail-section"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h3>Identité</h3>
        <StructureFields
          draft={draft}
          errors={errors}
          warnings={warnings}
          onChange={(patch) => {
            setDraft((d) => ({ ...d, ...patch }));
            setMessage(null);
          }}
        />
        {message ? (
          <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
            {message.text}
          </Notice>
        ) : null}
        <div className="detail-actions">
          <button type="button" disabled={!isDirty || save.isPending} onClick={() => setDraft(draftOf(structure))}>
            Annuler les modifications
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Enregistrement…' : 'Enregistrer les modifications'}
          </button>
        </div>
      </form>
      <section className="detail-section danger-zone">
        <h3>Supprimer</h3>
        <p className="hint">La structure, ses contacts et ses années d’adhésion sont supprimés du fichier (une sauvegarde reste disponible).</p>
        <button type="button" className="danger" onClick={() => setIsConfirmingDelete(true)}>
          Supprimer la structure…
        </button>
      </section>
      {isConfirmingDelete ? (
        <ConfirmDialog
          title="Supprimer cette structure ?"
          confirmLabel={`Supprimer « ${structure.name} »`}
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => setIsConfirmingDelete(false)}
        >
          <p>
            « {structure.name} » sera supprimée du registre, avec {detail.contacts.length === 0 ? 'aucun contact' : countOf(detail.contacts.length, 'contact', 'contacts')} et{' '}
            {detail.memberships.length === 0 ? 'aucune année d’adhésion' : countOf(detail.memberships.length, 'année d’adhésion', 'années d’adhésion')}.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
