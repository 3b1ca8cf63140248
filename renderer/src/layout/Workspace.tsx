import { Fragment, useRef, type ReactNode } from 'react';
import {
  PANES,
  PANE_LABELS,
  gridColumns,
  leftShare,
  resizePanes,
  shownPanes,
  type PaneLayout,
  type PaneName,
} from './paneLayout.ts';
import { Splitter } from './Splitter.tsx';

type Props = {
  layout: PaneLayout;
  onLayout: (change: (layout: PaneLayout) => PaneLayout) => void;
  panes: Record<PaneName, ReactNode>;
};

/**
 * The three panes side by side, as the user has arranged them. A hidden pane stays mounted (the draft keeps
 * its editor and undo history); it only takes no room.
 */
export function Workspace({ layout, onLayout, panes }: Props) {
  const slots = useRef<Partial<Record<PaneName, HTMLDivElement | null>>>({});
  const shown = shownPanes(layout);
  return (
    <main className="workspace" style={{ gridTemplateColumns: gridColumns(layout) }}>
      {PANES.map((pane) => {
        const at = shown.indexOf(pane);
        const left = at > 0 ? shown[at - 1] : undefined;
        return (
          <Fragment key={pane}>
            {left ? (
              <Splitter
                label={`Resize ${PANE_LABELS[left]} and ${PANE_LABELS[pane]}`}
                value={leftShare(layout, left, pane)}
                pairWidth={() => (slots.current[left]?.offsetWidth ?? 0) + (slots.current[pane]?.offsetWidth ?? 0)}
                onResize={(fraction) =>
                  onLayout((l) => resizePanes(l, left, pane, fraction * (l.widths[left] + l.widths[pane])))
                }
              />
            ) : null}
            <div className="pane-slot" hidden={at < 0} ref={(el) => void (slots.current[pane] = el)}>
              {panes[pane]}
            </div>
          </Fragment>
        );
      })}
    </main>
  );
}
