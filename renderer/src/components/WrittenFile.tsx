import { useEffect, useRef, useState } from 'react';
import type { WrittenFile as Written } from '../../../shared/api/desktop';
import { call, messageOf } from '../api';

type Props = {
  written: Written;
  /** Also offer to open the file itself (a workbook in the spreadsheet, a PDF in the reader). */
  canOpenFile?: boolean;
};

/**
 * « Where things went »: after an export or a collection, the folder the files are in and a
 * button that opens it in the file manager (through the main process: the page sends the id it
 * was given, never a path). Scrolled into view where the person clicked, not left below the fold.
 */
export function WrittenFile({ written, canOpenFile = false }: Props) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [answer, setAnswer] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [written.id]);

  const run = (name: 'desktop.showWritten' | 'desktop.openWritten') => {
    setAnswer(null);
    call(name, { id: written.id }).then(
      (result) => setAnswer(result.opened ? null : { tone: 'ok', text: result.message }),
      (error: unknown) => setAnswer({ tone: 'error', text: messageOf(error) }),
    );
  };

  return (
    <div className="written-file" ref={ref}>
      <p className="written-where">
        {written.isFolder ? 'Dossier : ' : 'Enregistré dans le dossier '}
        <span className="written-path">{written.folder}</span>
      </p>
      <div className="written-actions">
        <button type="button" onClick={() => run('desktop.showWritten')}>
          Ouvrir le dossier
        </button>
        {canOpenFile && !written.isFolder ? (
          <button type="button" onClick={() => run('desktop.openWritten')}>
            Ouvrir le fichier
          </button>
        ) : null}
      </div>
      {answer ? (
        <p className={answer.tone === 'error' ? 'written-answer written-answer-error' : 'written-answer'} role="status">
          {answer.text}
        </p>
      ) : null}
    </div>
  );
}
