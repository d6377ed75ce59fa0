import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

type Props = {
  tone: 'error' | 'success' | 'info' | 'warning';
  children: ReactNode;
  onDismiss?: () => void;
  /** A button beside the message: « Annuler » after a deletion, an import or a grid edit. */
  action?: { label: string; onClick: () => void };
  /**
   * The banner goes away when the next action starts (a click or Entrée elsewhere on the page),
   * so a confirmation never lingers over work that came after it. On by default for success and info.
   */
  dismissOnNextAction?: boolean;
};

export function Notice({ tone, children, onDismiss, action, dismissOnNextAction = tone === 'success' || tone === 'info' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const dismissRef = useRef(onDismiss);
  useLayoutEffect(() => {
    dismissRef.current = onDismiss;
  });
  const hasDismiss = Boolean(onDismiss);
  useEffect(() => {
    if (!dismissOnNextAction || !hasDismiss) return;
    const shownAt = performance.now();
    const onAction = (event: Event) => {
      // The click or key that produced the message must not take it away at once.
      if (performance.now() - shownAt < 400) return;
      if (event.target instanceof Node && ref.current?.contains(event.target)) return;
      if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
      // Not a key in a grid: re-rendering the page as an edit opens would close the editor; the
      // edit's own confirmation replaces the banner when it is saved.
      if (event instanceof KeyboardEvent && event.target instanceof Element && event.target.closest('.ag-root-wrapper')) return;
      // After the click has reached its target: removing the banner first would move the page under the pointer.
      setTimeout(() => dismissRef.current?.(), 0);
    };
    document.addEventListener('click', onAction, true);
    document.addEventListener('keydown', onAction, true);
    return () => {
      document.removeEventListener('click', onAction, true);
      document.removeEventListener('keydown', onAction, true);
    };
  }, [dismissOnNextAction, hasDismiss, children]);
  return (
    <div ref={ref} className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-text">{children}</div>
      {action ? (
        <button type="button" className="notice-action" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
      {onDismiss ? (
        <button type="button" className="icon-button" aria-label="Masquer le message" onClick={onDismiss}>
          ×
        </button>
      ) : null}
    </div>
  );
}
