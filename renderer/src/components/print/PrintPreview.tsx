import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Printable } from '../../../../shared/api/print';
import { countOf } from '../../../../shared/format/plural';
import { call, isCancelled, messageOf } from '../../api';
import { Modal } from '../Modal';
import { Notice } from '../Notice';
import './print.css';

type Props = { printable: Printable; onClose: () => void };

/**
 * The document as it will print, before it is saved: the same HTML the PDF is made from, in a
 * sandboxed frame (no script). « Enregistrer en PDF » asks where, then prints in the main process.
 */
export function PrintPreview({ printable, onClose }: Props) {
  const preview = useQuery({ queryKey: ['print-preview', printable], queryFn: () => call('print.preview', printable), gcTime: 0 });
  const [saved, setSaved] = useState<{ fileName: string; folder: string; pages: number } | null>(null);
  const save = useMutation({ mutationFn: () => call('print.savePdf', printable), onSuccess: setSaved });
  const open = useMutation({ mutationFn: (action: 'open' | 'show') => call('print.openSaved', { action }) });
  const title = preview.data?.title ?? 'Aperçu avant impression';
  return (
    <Modal
      title={`Aperçu : ${title}`}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose}>
            Fermer
          </button>
          <button type="button" className="primary" disabled={!preview.data || save.isPending} onClick={() => save.mutate()}>
            {save.isPending ? 'Impression…' : 'Enregistrer en PDF…'}
          </button>
        </>
      }
    >
      {preview.isError ? <Notice tone="error">{messageOf(preview.error)}</Notice> : null}
      {save.isError && !isCancelled(save.error) ? <Notice tone="error">{messageOf(save.error)}</Notice> : null}
      {open.isError ? <Notice tone="error">{messageOf(open.error)}</Notice> : null}
      {saved ? (
        <Notice tone="success">
          « {saved.fileName} » enregistré ({countOf(saved.pages, 'page', 'pages')}) dans {saved.folder}.{' '}
          <button type="button" className="link-button" onClick={() => open.mutate('open')}>
            Ouvrir le PDF
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => open.mutate('show')}>
            Afficher dans le dossier
          </button>
        </Notice>
      ) : null}
      {preview.data ? (
        <iframe className="print-preview-frame" title={`Aperçu du document : ${title}`} sandbox="" srcDoc={preview.data.html} />
      ) : preview.isPending ? (
        <p className="muted">Préparation de l’aperçu…</p>
      ) : null}
    </Modal>
  );
}
