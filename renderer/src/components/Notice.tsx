import type { ReactNode } from 'react';

type Props = { tone: 'error' | 'success' | 'info' | 'warning'; children: ReactNode; onDismiss?: () => void };

export function Notice({ tone, children, onDismiss }: Props) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-text">{children}</div>
      {onDismiss ? (
        <button type="button" className="icon-button" aria-label="Masquer le message" onClick={onDismiss}>
          ×
        </button>
      ) : null}
    </div>
  );
}
