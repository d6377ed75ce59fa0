import { useEffect, useSyncExternalStore, type ComponentType } from 'react';

/**
 * A short guide of one screen or dialog, shipped with the app (no network).
 * Each feature writes its own in its own folder: the section's guide goes in `help` of
 * `renderer/src/app/sections.tsx`, a dialog's guide in the `help` prop of `Modal`.
 */
export type HelpGuide = {
  /** « Registre des adhérents », « Importer l’extraction FINESS »… */
  title: string;
  /** The guide itself: a few paragraphs and lists; links go through `HelpLink`. */
  Body: ComponentType;
};

/*
 * The guides of what is on screen, innermost last: the section, then an open dialog.
 * F1 and the « ? » buttons open the innermost one, so inside the FINESS import the
 * coordinator reads about the FINESS import, not about the register.
 */
let stack: HelpGuide[] = [];
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

function push(guide: HelpGuide): () => void {
  stack = [...stack, guide];
  notify();
  return () => {
    const index = stack.lastIndexOf(guide);
    if (index >= 0) stack = [...stack.slice(0, index), ...stack.slice(index + 1)];
    notify();
  };
}

/** Declares the guide of what this component shows, for as long as it is mounted. */
export function useHelpGuide(guide: HelpGuide | undefined): void {
  useEffect(() => (guide ? push(guide) : undefined), [guide]);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const innermost = () => stack.at(-1);

/** The guide F1 would open now, or undefined when the screen has none. */
export function useCurrentHelpGuide(): HelpGuide | undefined {
  return useSyncExternalStore(subscribe, innermost);
}

/** What the help dialog shows, set by F1 or a « ? » button (Workspace renders it). */
let shown: HelpGuide | null = null;
const shownListeners = new Set<() => void>();
export function showHelp(guide: HelpGuide | null = innermost() ?? null): void {
  shown = guide;
  for (const listener of shownListeners) listener();
}
export function useShownHelp(): HelpGuide | null {
  return useSyncExternalStore(
    (listener) => {
      shownListeners.add(listener);
      return () => {
        shownListeners.delete(listener);
      };
    },
    () => shown,
  );
}
