import { useState } from 'react';

/** Copies a sentence for a report; says so, or says to select it by hand when the system refuses. */
export function CopyButton({ text, label = 'Copier' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('refused');
    }
    window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <button type="button" onClick={() => void copy()} title="Copier la phrase pour la coller dans un rapport">
      {state === 'copied' ? 'Copié ✓' : state === 'refused' ? 'Sélectionnez le texte puis Ctrl+C' : label}
    </button>
  );
}
