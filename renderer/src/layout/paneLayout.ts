export const PANES = ['sources', 'questions', 'draft'] as const;
export type PaneName = (typeof PANES)[number];

export const PANE_LABELS: Record<PaneName, string> = { sources: 'Sources', questions: 'Questions', draft: 'Draft' };

// A pane never gets narrower than this share of its pair when resized, so it cannot vanish by dragging.
const MIN_WEIGHT = 0.35;

// The source list's share of the Sources pane (percent), beside the reader; the reader keeps the larger part.
const MIN_LIST_SHARE = 15;
const MAX_LIST_SHARE = 60;

const DEFAULT_SOURCE_LIST = { shown: true, share: 30 };

/** Which panes are shown, their relative widths (grid fractions), the source list beside the reader, reading mode. */
export type PaneLayout = {
  shown: Record<PaneName, boolean>;
  widths: Record<PaneName, number>;
  sourceList: { shown: boolean; share: number };
  /** Focused reading: the Sources pane alone, its list folded away, until the writer leaves it. */
  reading: boolean;
};

// The Sources pane is the widest: it holds the source list and the reader side by side.
export const DEFAULT_LAYOUT: PaneLayout = {
  shown: { sources: true, questions: true, draft: true },
  widths: { sources: 1.5, questions: 0.85, draft: 1.35 },
  sourceList: DEFAULT_SOURCE_LIST,
  reading: false,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && value >= min && value <= max;

/** A stored layout's fields, or null if any is missing or out of range (checked by hand: no zod on first screen). */
function readLayout(raw: unknown): PaneLayout | null {
  if (!isRecord(raw) || !isRecord(raw['shown']) || !isRecord(raw['widths'])) return null;
  const { shown, widths, sourceList = DEFAULT_SOURCE_LIST, reading = false } = raw;
  if (!PANES.every((p) => typeof shown[p] === 'boolean' && inRange(widths[p], MIN_WEIGHT, 10))) return null;
  // Added after the first layouts were stored: a layout saved without them reads back with the defaults.
  if (!isRecord(sourceList) || typeof sourceList['shown'] !== 'boolean') return null;
  if (!inRange(sourceList['share'], MIN_LIST_SHARE, MAX_LIST_SHARE) || typeof reading !== 'boolean') return null;
  const perPane = <T>(values: Record<string, unknown>) =>
    Object.fromEntries(PANES.map((p) => [p, values[p]])) as Record<PaneName, T>;
  return {
    shown: perPane<boolean>(shown),
    widths: perPane<number>(widths),
    sourceList: { shown: sourceList['shown'], share: sourceList['share'] },
    reading,
  };
}

/** A layout read back from storage; anything unreadable (or all panes hidden) gives the default. */
export function parseLayout(stored: string | null): PaneLayout {
  if (!stored) return DEFAULT_LAYOUT;
  try {
    const layout = readLayout(JSON.parse(stored));
    return layout && PANES.some((p) => layout.shown[p]) ? layout : DEFAULT_LAYOUT;
  } catch {
    return DEFAULT_LAYOUT;
  }
}

/** The panes on screen: those shown, or the Sources pane alone while reading. */
export function shownPanes(layout: PaneLayout): PaneName[] {
  return layout.reading ? ['sources'] : PANES.filter((p) => layout.shown[p]);
}

/**
 * Shows or hides a pane; the last pane shown stays, so the window is never empty. While reading, asking for a
 * pane ends reading mode with that pane on screen, rather than hiding one the writer cannot see.
 */
export function togglePane(layout: PaneLayout, pane: PaneName): PaneLayout {
  if (layout.reading) return { ...layout, reading: false, shown: { ...layout.shown, [pane]: true } };
  if (layout.shown[pane] && shownPanes(layout).length === 1) return layout;
  return { ...layout, shown: { ...layout.shown, [pane]: !layout.shown[pane] } };
}

/** Makes sure a pane is on screen (ending reading mode if need be), to take the writer to something in it. */
export function showPane(layout: PaneLayout, pane: PaneName): PaneLayout {
  return shownPanes(layout).includes(pane) ? layout : togglePane(layout, pane);
}

export function toggleReading(layout: PaneLayout): PaneLayout {
  return { ...layout, reading: !layout.reading };
}

/** The source list is folded away while reading, whatever it is otherwise. */
export function sourceListShown(layout: PaneLayout): boolean {
  return layout.sourceList.shown && !layout.reading;
}

export function toggleSourceList(layout: PaneLayout): PaneLayout {
  if (layout.reading) return { ...layout, reading: false, sourceList: { ...layout.sourceList, shown: true } };
  return { ...layout, sourceList: { ...layout.sourceList, shown: !layout.sourceList.shown } };
}

/** Moves the divider between the source list and the reader by a fraction of the pane's width. */
export function resizeSourceList(layout: PaneLayout, fraction: number): PaneLayout {
  const share = Math.min(MAX_LIST_SHARE, Math.max(MIN_LIST_SHARE, layout.sourceList.share + fraction * 100));
  return { ...layout, sourceList: { ...layout.sourceList, share: Math.round(share * 10) / 10 } };
}

/** Moves width between two neighbouring panes, keeping their total and each above the minimum. */
export function resizePanes(layout: PaneLayout, left: PaneName, right: PaneName, delta: number): PaneLayout {
  const total = layout.widths[left] + layout.widths[right];
  const nextLeft = Math.min(total - MIN_WEIGHT, Math.max(MIN_WEIGHT, layout.widths[left] + delta));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { ...layout, widths: { ...layout.widths, [left]: round(nextLeft), [right]: round(total - nextLeft) } };
}

/** The left pane's share of a pair, as a whole percentage (for a splitter's aria-valuenow). */
export function leftShare(layout: PaneLayout, left: PaneName, right: PaneName): number {
  return Math.round((100 * layout.widths[left]) / (layout.widths[left] + layout.widths[right]));
}

/** CSS grid columns: each shown pane, with a splitter column between neighbours. */
export function gridColumns(layout: PaneLayout): string {
  return shownPanes(layout)
    .map((p) => `minmax(12rem, ${layout.widths[p]}fr)`)
    .join(' 0.5rem ');
}
