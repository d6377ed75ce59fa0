import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { CharterVersion } from '../../../../shared/api/charter';
import type { RichText } from '../../../../shared/api/rich-text';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { call, messageOf } from '../../api';
import { Notice } from '../../components/Notice';
import { PrintPreview } from '../../components/print/PrintPreview';
import { RichTextEditor } from '../../components/rich-text/RichTextEditor';
import { useCharterRefresh, useVersions } from './queries';

const today = () => new Date().toISOString().slice(0, 10);

function VersionEditor({ version }: { version: CharterVersion }) {
  const refresh = useCharterRefresh();
  const [title, setTitle] = useState(version.title);
  const [content, setContent] = useState<RichText>(version.content);
  const [adoptedOn, setAdoptedOn] = useState(today());
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [isPreviewOpen, setPreviewOpen] = useState(false);
  const isDraft = version.adoptedOn === null;
  const save = useMutation({
    mutationFn: () => call('charter.saveVersion', { id: version.id, title, content }),
    onSuccess: () => {
      setMessage({ tone: 'success', text: 'Texte enregistré.' });
      void refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  const adopt = useMutation({
    mutationFn: async () => {
      await call('charter.saveVersion', { id: version.id, title, content });
      return call('charter.adoptVersion', { id: version.id, adoptedOn });
    },
    onSuccess: (adopted) => {
      setMessage({ tone: 'success', text: `Version ${adopted.number} adoptée le ${formatDate(adopted.adoptedOn)} : c’est elle que les nouveaux signataires signent.` });
      void refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  return (
    <div className="form">
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      <label>
        Titre
        <input type="text" value={title} disabled={!isDraft} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <RichTextEditor key={version.id} label="Texte de la charte" value={content} onChange={setContent} readOnly={!isDraft} />
      {isDraft ? (
        <div className="toolbar">
          <button type="button" onClick={() => save.mutate()} disabled={save.isPending}>
            Enregistrer le texte
          </button>
          <label className="inline-field">
            Adoptée le
            <input type="date" value={adoptedOn} onChange={(event) => setAdoptedOn(event.target.value)} />
          </label>
          <button type="button" className="primary" onClick={() => adopt.mutate()} disabled={adopt.isPending || !adoptedOn}>
            Adopter cette version
          </button>
        </div>
      ) : (
        <>
          <p className="hint">Une version adoptée ne change plus : les signatures renvoient au texte accepté. Pour modifier le texte, créez une nouvelle version.</p>
          {version.isCurrent ? null : (
            <div className="toolbar">
              <button type="button" onClick={() => setPreviewOpen(true)}>
                Imprimer cette version…
              </button>
            </div>
          )}
        </>
      )}
      {isPreviewOpen ? <PrintPreview printable={{ kind: 'charter', versionId: version.id }} onClose={() => setPreviewOpen(false)} /> : null}
    </div>
  );
}

export function CharterTextTab() {
  const versions = useVersions();
  const refresh = useCharterRefresh();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const list = versions.data ?? [];
  const selected = list.find((v) => v.id === selectedId) ?? list.find((v) => v.adoptedOn === null) ?? list.find((v) => v.isCurrent) ?? list.at(-1) ?? null;
  const create = useMutation({
    mutationFn: () => call('charter.createVersion', {}),
    onSuccess: async (version) => {
      await refresh();
      setSelectedId(version.id);
    },
  });
  const hasDraft = list.some((v) => v.adoptedOn === null);
  if (versions.isPending) return <p className="muted">Chargement…</p>;
  return (
    <div className="charter-text-tab">
      <aside className="version-list" aria-label="Versions de la charte">
        <h2>Versions</h2>
        {list.length === 0 ? <p className="muted">La charte n’a pas encore de texte.</p> : null}
        <ul>
          {list.map((version) => (
            <li key={version.id}>
              <button type="button" className={version.id === selected?.id ? 'version active' : 'version'} aria-current={version.id === selected?.id ? 'true' : undefined} onClick={() => setSelectedId(version.id)}>
                <strong>Version {version.number}</strong>
                <span>{version.adoptedOn ? `adoptée le ${formatDate(version.adoptedOn)}` : 'projet'}</span>
                <span className="muted">
                  {version.isCurrent ? 'en vigueur · ' : ''}
                  {countOf(version.signatoryCount, 'signataire', 'signataires')}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {create.isError ? <Notice tone="error">{messageOf(create.error)}</Notice> : null}
        <button type="button" onClick={() => create.mutate()} disabled={hasDraft || create.isPending}>
          {list.length === 0 ? 'Écrire la charte' : 'Nouvelle version'}
        </button>
      </aside>
      <div className="version-editor">{selected ? <VersionEditor key={selected.id} version={selected} /> : <p className="muted">Commencez par écrire le texte de la charte.</p>}</div>
    </div>
  );
}
