const shown = (el: HTMLElement) => el.getClientRects().length > 0;

/** The panes F6 moves between, in order, leaving out any the writer has hidden. */
function shownPanes(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.workspace .pane')].filter(shown);
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

/** A place worth going back to: what the writer reads or types in, or an item of a list, not a button once pressed. */
function isPlace(el: HTMLElement): boolean {
  return (
    el.matches('[data-pane-focus], [data-roving-item], [data-grid-cell], input, textarea, select') ||
    el.isContentEditable
  );
}

/** What the writer reads in a pane: its main place (data-pane-focus), else the Tab stop of its first list. */
function mainPlace(pane: HTMLElement): HTMLElement | undefined {
  const candidates = [
    ...pane.querySelectorAll<HTMLElement>('[data-pane-focus]'),
    ...pane.querySelectorAll<HTMLElement>('[data-roving-item][tabindex="0"], [data-grid-cell][tabindex="0"]'),
  ];
  return candidates.find(shown);
}

/**
 * Moves focus to the next pane (or the previous, with Shift): `focusIn` may place it itself (the draft puts the caret
 * in the current answer); otherwise back to the place it last was in that pane (never to a button such as
 * "Import files…"), else to what the pane is for: its main place, else its first list, else its first control.
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
  const remembered = last?.isConnected && next.contains(last) && shown(last) && isPlace(last) ? last : null;
  if (focusIn(next, remembered)) return;
  (remembered ?? mainPlace(next) ?? [...next.querySelectorAll<HTMLElement>(TABBABLE)].find(shown))?.focus();
}
