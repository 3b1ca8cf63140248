/** The panes F6 moves between, in order, leaving out any the writer has hidden. */
function shownPanes(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.workspace .pane')].filter((p) => p.getClientRects().length > 0);
}

const TABBABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"], [contenteditable="true"]';

// The last place focus was in each pane, so F6 goes back there, as in an office suite.
const lastFocus = new WeakMap<HTMLElement, HTMLElement>();

export function rememberPaneFocus(event: FocusEvent): void {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const pane = target?.closest<HTMLElement>('.workspace .pane');
  if (pane && target) lastFocus.set(pane, target);
}

/**
 * Moves focus to the next pane (or the previous, with Shift): `focusIn` may place it itself (the draft puts the caret
 * in the current answer); otherwise to where it last was in that pane, else to the pane's main control (marked
 * data-pane-focus), else its first control.
 */
export function focusNextPane(
  backwards: boolean,
  focusIn: (pane: HTMLElement, remembered: HTMLElement | null) => boolean = () => false,
): void {
  const panes = shownPanes();
  if (panes.length === 0) return;
  const at = panes.findIndex((p) => p.contains(document.activeElement));
  const step = backwards ? -1 : 1;
  const next = panes[at < 0 ? (backwards ? panes.length - 1 : 0) : (at + step + panes.length) % panes.length]!;
  const last = lastFocus.get(next);
  const remembered = last?.isConnected && next.contains(last) && last.getClientRects().length > 0 ? last : null;
  if (focusIn(next, remembered)) return;
  (
    remembered ??
    next.querySelector<HTMLElement>('[data-pane-focus]') ??
    next.querySelector<HTMLElement>(TABBABLE)
  )?.focus();
}
