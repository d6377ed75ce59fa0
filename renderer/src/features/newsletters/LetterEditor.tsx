import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Newsletter, NewsletterSection } from '../../../../shared/api/newsletters';
import { emptyRichText } from '../../../../shared/api/rich-text';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { call, isCancelled, messageOf } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { PrintPreview } from '../../components/print/PrintPreview';
import { imageSources } from '../../components/rich-text/extensions';
import { useLetter, useNewslettersRefresh } from './queries';
import { SectionEditor } from './SectionEditor';

type Message = { tone: 'success' | 'error' | 'info'; text: string };

function Editor({ letter, onDeleted }: { letter: Newsletter; onDeleted: (number: number) => void }) {
  const refresh = useNewslettersRefresh();
  const [title, setTitle] = useState(letter.title);
  const [period, setPeriod] = useState(letter.period);
  const [sections, setSections] = useState<NewsletterSection[]>(letter.sections);
  const [isDirty, setDirty] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [dialog, setDialog] = useState<'preview' | 'publish' | 'delete' | null>(null);
  const isPublished = letter.status === 'published';
  for (const image of letter.images) imageSources.set(image.id, image.dataUrl);

  const edit = (next: NewsletterSection[]) => {
    setSections(next);
    setDirty(true);
  };
  const save = useMutation({
    mutationFn: () => call('newsletters.save', { id: letter.id, title, period, sections }),
    onSuccess: () => {
      setDirty(false);
      setMessage({ tone: 'success', text: 'Lettre enregistrée.' });
      void refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  const publish = useMutation({
    mutationFn: async () => {
      await call('newsletters.save', { id: letter.id, title, period, sections });
      return call('newsletters.publish', { id: letter.id });
    },
    onSuccess: () => {
      setDialog(null);
      void refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  const [mailing, setMailing] = useState<{ fileName: string; folder: string; recipients: string[]; unsubscribed: number } | null>(null);
  const prepareEmail = useMutation({
    mutationFn: async () => {
      if (!isPublished && isDirty) await save.mutateAsync();
      return call('newsletters.prepareEmail', { id: letter.id });
    },
    onSuccess: setMailing,
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  const remove = useMutation({
    mutationFn: () => call('newsletters.delete', { id: letter.id }),
    onSuccess: async () => {
      await refresh();
      onDeleted(letter.number);
    },
    onError: (error) => {
      setDialog(null);
      setMessage({ tone: 'error', text: messageOf(error) });
    },
  });
  const addImage = async () => {
    try {
      const image = await call('newsletters.addImage', { id: letter.id });
      imageSources.set(image.id, image.dataUrl);
      return image.id;
    } catch (error) {
      if (!isCancelled(error)) setMessage({ tone: 'error', text: messageOf(error) });
      return null;
    }
  };
  const move = (index: number, delta: number) => {
    const next = [...sections];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + delta, 0, moved);
    edit(next);
  };
  const addText = () => edit([...sections, { kind: 'text', id: Math.random().toString(36).slice(2, 10), title: 'Nouvelle rubrique', content: emptyRichText() }]);

  return (
    <div className="letter-editor">
      <div className="toolbar letter-toolbar">
        <h2>
          {title} n°{letter.number}
        </h2>
        <span className="spacer" />
        {isPublished ? null : (
          <button type="button" onClick={() => save.mutate()} disabled={save.isPending}>
            {isDirty ? 'Enregistrer' : 'Enregistré'}
          </button>
        )}
        <button
          type="button"
          onClick={async () => {
            if (!isPublished && isDirty) await save.mutateAsync();
            setDialog('preview');
          }}
        >
          Aperçu et PDF…
        </button>
        <button type="button" onClick={() => prepareEmail.mutate()} disabled={prepareEmail.isPending}>
          {prepareEmail.isPending ? 'Préparation…' : 'Préparer l’e-mail'}
        </button>
        {isPublished ? null : (
          <>
            <button type="button" className="primary" onClick={() => setDialog('publish')}>
              Publier…
            </button>
            <button type="button" className="link-button" onClick={() => setDialog('delete')}>
              Supprimer le brouillon
            </button>
          </>
        )}
      </div>
      {isPublished ? (
        <Notice tone="info">
          Lettre publiée le {formatDate(letter.publishedAt)} : son texte et ses chiffres sont figés, quoi qu’il arrive aux données. Pour la suivante, « Partir de la lettre précédente ».
        </Notice>
      ) : null}
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      {mailing ? (
        <Notice tone="success" onDismiss={() => setMailing(null)}>
          Brouillon « {mailing.fileName} » préparé avec la lettre en PDF (dossier {mailing.folder}).{' '}
          {mailing.recipients.length > 0 ? (
            <>
              Mettez les {countOf(mailing.recipients.length, 'adresse', 'adresses')} des adhérents en copie cachée (Cci), pour que chacun ne voie pas les autres :{' '}
              <button type="button" className="link-button" onClick={() => void navigator.clipboard.writeText(mailing.recipients.join('; '))}>
                Copier les adresses
              </button>
            </>
          ) : (
            'Aucun adhérent n’a d’adresse e-mail dans le registre.'
          )}
          {mailing.unsubscribed > 0 ? ` ${countOf(mailing.unsubscribed, 'adresse désinscrite a été laissée', 'adresses désinscrites ont été laissées')} de côté.` : ''}
        </Notice>
      ) : null}
      <div className="form">
        <div className="row">
          <label>
            Titre
            <input type="text" value={title} disabled={isPublished} onChange={(event) => (setTitle(event.target.value), setDirty(true))} />
          </label>
          <label>
            Date ou période
            <input type="text" value={period} disabled={isPublished} placeholder="Décembre 2013" onChange={(event) => (setPeriod(event.target.value), setDirty(true))} />
          </label>
        </div>
        {sections.map((section, index) => (
          <SectionEditor
            key={section.id}
            section={section}
            data={letter.data}
            readOnly={isPublished}
            isFirst={index === 0}
            isLast={index === sections.length - 1}
            onChange={(changed) => edit(sections.map((s) => (s.id === changed.id ? changed : s)))}
            onMove={(delta) => move(index, delta)}
            onRemove={() => edit(sections.filter((s) => s.id !== section.id))}
            onAddImage={addImage}
          />
        ))}
        {isPublished ? null : (
          <button type="button" onClick={addText}>
            Ajouter une rubrique
          </button>
        )}
        {letter.data.glossary.length > 0 ? (
          <section className="glossary-preview" aria-label="Glossaire de la lettre">
            <h3>Glossaire de la lettre</h3>
            <p className="hint">Les sigles que la lettre emploie (enregistrez pour mettre à jour) : {letter.data.glossary.map((entry) => entry.acronym).join(', ')}.</p>
          </section>
        ) : null}
      </div>
      {dialog === 'preview' ? <PrintPreview printable={{ kind: 'newsletter', id: letter.id }} onClose={() => setDialog(null)} /> : null}
      {dialog === 'publish' ? (
        <ConfirmDialog title={`Publier la lettre n°${letter.number}`} confirmLabel="Publier" busy={publish.isPending} onCancel={() => setDialog(null)} onConfirm={() => publish.mutate()}>
          <p>Une fois publiée, la lettre ne change plus : son texte, ses chiffres, sa liste d’adhérents et son glossaire restent ceux d’aujourd’hui.</p>
        </ConfirmDialog>
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog title={`Supprimer le brouillon n°${letter.number}`} confirmLabel="Supprimer" danger busy={remove.isPending} onCancel={() => setDialog(null)} onConfirm={() => remove.mutate()}>
          <p>Le brouillon et ses images seront supprimés.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

export function LetterEditor({ letterId, onDeleted }: { letterId: number; onDeleted: (number: number) => void }) {
  const letter = useLetter(letterId);
  if (letter.isPending) return <p className="muted">Chargement de la lettre…</p>;
  if (letter.isError) return <Notice tone="error">{messageOf(letter.error)}</Notice>;
  return <Editor letter={letter.data} onDeleted={onDeleted} />;
}
