import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { HelpButton } from './help/HelpDialog';
import { useHelpGuide, type HelpGuide } from './help/help-topics';
import { focusAfterClose, firstFieldOf, keepFocusInside } from './focus';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** The guide F1 and the « ? » of the header open while this dialog is shown. */
  help?: HelpGuide;
  /**
   * Échap and × ask before throwing away what was typed (WCAG 3.3.4: no silent loss).
   * Off for dialogs whose fields are only choices (filters), on by default.
   */
  confirmDiscard?: boolean;
};

/** Fields whose typing is work a person would not want to lose. */
const isTypedField = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && ['text', 'search', 'email', 'tel', 'url', 'number', 'date', ''].includes(target.type) && target.getAttribute('role') !== 'combobox');

/**
 * A modal built on <dialog>: the focus trap and the backdrop come from the browser.
 * It opens on its first field (not on ×), and when it goes away focus goes back to what opened it,
 * unless the page has already put it on something new (the structure just added).
 */
export function Modal({ title, onClose, children, footer, wide, help, confirmDiscard = true }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const hasTyped = useRef(false);
  const [isAskingDiscard, setIsAskingDiscard] = useState(false);
  useHelpGuide(help);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    firstFieldOf(dialog)?.focus();
    const release = keepFocusInside(dialog);
    return () => {
      release();
      // Removed by React without close(): without this, focus falls to <body> (WCAG 2.4.3).
      if (dialog.open) dialog.close();
      focusAfterClose(dialog, opener);
    };
  }, []);

  const requestClose = useCallback(() => {
    if (confirmDiscard && hasTyped.current) setIsAskingDiscard(true);
    else onClose();
  }, [confirmDiscard, onClose]);

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        if (isAskingDiscard) setIsAskingDiscard(false);
        else requestClose();
      }}
      onInput={(event) => {
        if (isTypedField(event.target)) hasTyped.current = true;
      }}
    >
      <header className="modal-header">
        <h2>{title}</h2>
        <div className="modal-header-actions">
          {help ? <HelpButton label={`Aide : ${help.title} (F1)`} /> : null}
          <button type="button" className="icon-button close-button" aria-label="Fermer" onClick={requestClose}>
            ×
          </button>
        </div>
      </header>
      <div className="modal-body">{children}</div>
      {isAskingDiscard ? (
        <DiscardQuestion
          onKeep={() => {
            setIsAskingDiscard(false);
            firstFieldOf(ref.current)?.focus();
          }}
          onDiscard={onClose}
        />
      ) : footer ? (
        <footer className="modal-footer">{footer}</footer>
      ) : null}
    </dialog>
  );
}

function DiscardQuestion({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => keepRef.current?.focus(), []);
  return (
    <footer className="modal-footer modal-discard" role="alertdialog" aria-label="Abandonner la saisie ?" aria-describedby="modal-discard-text">
      <p id="modal-discard-text">Ce que vous avez saisi dans cette fenêtre sera perdu.</p>
      <button type="button" ref={keepRef} onClick={onKeep}>
        Continuer la saisie
      </button>
      <button type="button" className="danger" onClick={onDiscard}>
        Abandonner la saisie
      </button>
    </footer>
  );
}
