/** Where keyboard focus goes when things appear and disappear: one rule for every screen. */

const focusable = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

const isShown = (element: HTMLElement) => element.getClientRects().length > 0 && !element.closest('[hidden], [inert]');

/**
 * The element a dialog opens on: one marked `data-autofocus`, else the first field of its body,
 * else the first button of its footer (for a confirmation, « Annuler » comes first: the safe choice).
 * Never the × of the header, which made people close dialogs they meant to fill in.
 */
export function firstFieldOf(root: HTMLElement | null): HTMLElement | null {
  if (!root) return null;
  const marked = root.querySelector<HTMLElement>('[data-autofocus]');
  if (marked && isShown(marked)) return marked;
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
