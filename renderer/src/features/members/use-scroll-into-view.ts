import { useEffect, useRef } from 'react';

/** Brings a wizard's new step into view when it appears or changes (the modal body scrolls, not the page). */
export function useScrollIntoView<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key) ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [key]);
  return ref;
}
