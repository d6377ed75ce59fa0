// Going to another section with a parameter (e.g. from a pooled-position proposal of the CDD
// screens to the « one person for two employers » view). The Workspace listens and switches the
// section; the page it mounts takes the parameter once.
import { useEffect } from 'react';

type Listener = (sectionId: string) => void;

let pending: { sectionId: string; param: unknown } | null = null;
const listeners = new Set<Listener>();

export function goToSection(sectionId: string, param?: unknown): void {
  pending = { sectionId, param };
  for (const listener of listeners) listener(sectionId);
}

/** The parameter left for `sectionId`, taken once (null when the section was opened from the sidebar). */
export function takeSectionParam<T>(sectionId: string): T | null {
  if (pending?.sectionId !== sectionId) return null;
  const { param } = pending;
  pending = null;
  return (param ?? null) as T | null;
}

/** Used by the Workspace: switch section when a page asks. */
export function useSectionNavigation(onGo: Listener): void {
  useEffect(() => {
    listeners.add(onGo);
    return () => {
      listeners.delete(onGo);
    };
  }, [onGo]);
}

/** What the two-employer view opens with: one occupation at 2–3 structures (a pooled-position proposal). */
export type TwoEmployersParam = { occupationKey: string; structureIds: number[] };
