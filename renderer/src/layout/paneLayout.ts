import { z } from 'zod';

export const PANES = ['sources', 'questions', 'draft'] as const;
export type PaneName = (typeof PANES)[number];

export const PANE_LABELS: Record<PaneName, string> = { sources: 'Sources', questions: 'Questions', draft: 'Draft' };

// A pane never gets narrower than this share of its pair when resized, so it cannot vanish by dragging.
const MIN_WEIGHT = 0.35;

const LayoutSchema = z.object({
  shown: z.object({ sources: z.boolean(), questions: z.boolean(), draft: z.boolean() }),
  widths: z.object({
    sources: z.number().min(MIN_WEIGHT).max(10),
    questions: z.number().min(MIN_WEIGHT).max(10),
    draft: z.number().min(MIN_WEIGHT).max(10),
  }),
});

/** Which panes are shown and their relative widths (grid fractions). */
export type PaneLayout = z.infer<typeof LayoutSchema>;

export const DEFAULT_LAYOUT: PaneLayout = {
  shown: { sources: true, questions: true, draft: true },
  widths: { sources: 1.1, questions: 0.8, draft: 1.3 },
};

/** A layout read back from storage; anything unreadable (or all panes hidden) gives the default. */
export function parseLayout(stored: string | null): PaneLayout {
  if (!stored) return DEFAULT_LAYOUT;
  try {
    const parsed = LayoutSchema.safeParse(JSON.parse(stored));
    return parsed.success && PANES.some((p) => parsed.data.shown[p]) ? parsed.data : DEFAULT_LAYOUT;
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export function shownPanes(layout: PaneLayout): PaneName[] {
  return PANES.filter((p) => layout.shown[p]);
}

/** Shows or hides a pane; the last pane shown stays, so the window is never empty. */
export function togglePane(layout: PaneLayout, pane: PaneName): PaneLayout {
  if (layout.shown[pane] && shownPanes(layout).length === 1) return layout;
  return { ...layout, shown: { ...layout.shown, [pane]: !layout.shown[pane] } };
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
