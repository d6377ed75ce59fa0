/** Where keyboard focus goes when things appear and disappear: one rule for every screen. */

const focusable = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

const isShown = (element: HTMLElement) => element.getClientRects().length > 0 && !element.closest('[hidden], [inert]');

/**
 * The element a dialog opens on: the last one marked `data-autofocus` (a wizard's newest step), else the first field of its body,
 * else the first button of its footer (for a confirmation, « Annuler » comes first: the safe choice).
 * Never the × of the header, which made people close dialogs they meant to fill in.
 */
export function firstFieldOf(root: HTMLElement | null): HTMLElement | null {
  if (!root) return null;
  const marked = [...root.querySelectorAll<HTMLElement>('[data-autofocus]')].filter(isShown).at(-1);
  if (marked) {
    // A step or a region marked as the place to start is focusable by script only (no extra Tab stop).
    if (!marked.matches(focusable) && marked.tagName !== 'SUMMARY') marked.setAttribute('tabindex', '-1');
    return marked;
  }
  for (const part of ['.modal-body', '.modal-footer']) {
    const candidates = root.querySelectorAll<HTMLElement>(`${part} :is(${focusable})`);
    for (const candidate of candidates) if (isShown(candidate)) return candidate;
  }
  return null;
}

/** Focus is still inside what just closed, or nowhere: it has not been put on something new. */
const isLost = (closed: HTMLElement) => {
  const active = document.activeElement;
  return active === null || active === document.body || closed.contains(active) || !active.isConnected;
};

/**
 * After a dialog closes: back to its opener if the page has not focused something new,
 * else to the main content (the opener went away, e.g. the empty state's links), never <body>.
 */
export function focusAfterClose(closed: HTMLElement, opener: HTMLElement | null): void {
  if (!isLost(closed)) return;
  if (opener?.isConnected && isShown(opener)) {
    opener.focus();
    return;
  }
  // Later in the same commit the page may mount what it wants focused; let it run first.
  requestAnimationFrame(() => {
    if (!isLost(closed)) return;
    focusHeading(document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main'));
  });
}

/** Puts focus on an element that is not focusable by nature (a heading), for a screen reader to start there. */
export function focusHeading(element: HTMLElement | null): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * Focuses what the page is about to show (the card of the structure just added, a preview being
 * computed): waits a few frames for it to appear, then gives up without a word.
 */
export function focusWhenShown(find: () => HTMLElement | null | undefined, timeoutMs = 3000): void {
  const started = performance.now();
  const attempt = () => {
    const element = find();
    if (element) {
      if (element.matches('h1, h2, h3, section, aside, main, div')) focusHeading(element);
      else element.focus();
    } else if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * Keeps keyboard focus inside a dialog whose content changes under it: a button disabled while it
 * works, or a wizard step replaced by the next one, drops focus to <body> (a screen reader then
 * starts again from the top of the page). Focus goes to the newest step instead. Only after a key:
 * a mouse click on plain text must not make the dialog jump.
 */
export function keepFocusInside(dialog: HTMLDialogElement): () => void {
  let isKeyboard = false;
  const onKey = () => {
    isKeyboard = true;
  };
  const onPointer = () => {
    isKeyboard = false;
  };
  const rescue = () => {
    if (!isKeyboard || !dialog.open) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    firstFieldOf(dialog)?.focus();
  };
  const observer = new MutationObserver(rescue);
  observer.observe(dialog, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  dialog.addEventListener('keydown', onKey, true);
  dialog.addEventListener('pointerdown', onPointer, true);
  return () => {
    observer.disconnect();
    dialog.removeEventListener('keydown', onKey, true);
    dialog.removeEventListener('pointerdown', onPointer, true);
  };
}

/**
 * Puts focus on `find()` now and keeps it from falling to <body> for a moment: closing a panel
 * makes the grid resize and repaint its rows, which can drop the focused cell without a blur event.
 * Stops at the first key or click, so it never fights the person.
 */
export function holdFocus(find: () => HTMLElement | null | undefined, ms = 1000): void {
  const until = performance.now() + ms;
  let isDone = false;
  const stop = () => {
    isDone = true;
  };
  document.addEventListener('keydown', stop, { capture: true, once: true });
  document.addEventListener('pointerdown', stop, { capture: true, once: true });
  const check = () => {
    if (isDone) return;
    const active = document.activeElement;
    const isLost = !active || active === document.body || !active.isConnected;
    if (isLost) find()?.focus();
    if (performance.now() < until) requestAnimationFrame(check);
    else {
      document.removeEventListener('keydown', stop, true);
      document.removeEventListener('pointerdown', stop, true);
    }
  };
  requestAnimationFrame(check);
}
