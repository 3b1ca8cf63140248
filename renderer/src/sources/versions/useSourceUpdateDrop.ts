import { useCallback, useState, type DragEvent } from 'react';
import { asSourceId } from '../../../../shared/idChecks.ts';
import type { SourceId } from '../../../../shared/ids.ts';

/** A file dropped on a source, waiting for the user to say it is that source's new version. */
export type UpdateOffer = { sourceId: SourceId; file: File };

/** Marks the list item a file would update, so the user sees which source a drop will offer to change. */
const TARGET_CLASS = 'update-drop-target';

/**
 * Files dropped on a source in the list, or on the open reader, may be a new version of that source rather than a
 * new source: one such file becomes an offer to update (the same update as the picker); anything else is imported.
 */
export function useSourceUpdateDrop(
  openSourceId: SourceId | null,
  openSource: (id: SourceId) => void,
  importAsNew: (files: File[]) => void,
) {
  const [offer, setOffer] = useState<UpdateOffer | null>(null);
  const [marked, setMarked] = useState<Element | null>(null);

  const targetOf = useCallback(
    (target: EventTarget | null): { sourceId: SourceId; item: Element | null } | null => {
      if (!(target instanceof Element)) return null;
      const item = target.closest('[data-source-id]');
      const listed = item ? asSourceId(Number(item.getAttribute('data-source-id'))) : null;
      if (listed !== null) return { sourceId: listed, item };
      if (openSourceId !== null && target.closest('.reader-column')) return { sourceId: openSourceId, item: null };
      return null;
    },
    [openSourceId],
  );

  const mark = useCallback(
    (item: Element | null) => {
      if (item === marked) return;
      marked?.classList.remove(TARGET_CLASS);
      item?.classList.add(TARGET_CLASS);
      setMarked(item);
    },
    [marked],
  );

  const dragOver = useCallback((event: DragEvent) => mark(targetOf(event.target)?.item ?? null), [mark, targetOf]);
  const dragEnd = useCallback(() => mark(null), [mark]);

  /** True when the drop became an offer to update a source (and so must not be imported). */
  const offerFrom = useCallback(
    (event: DragEvent): boolean => {
      mark(null);
      const files = [...event.dataTransfer.files];
      const target = targetOf(event.target);
      if (!target || files.length !== 1) return false;
      openSource(target.sourceId);
      setOffer({ sourceId: target.sourceId, file: files[0]! });
      return true;
    },
    [mark, openSource, targetOf],
  );

  const settle = useCallback(
    (asNewSource: boolean) => {
      if (asNewSource && offer) importAsNew([offer.file]);
      setOffer(null);
    },
    [importAsNew, offer],
  );
  return { offer, dragOver, dragEnd, offerFrom, settle };
}
