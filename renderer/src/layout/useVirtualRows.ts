import { useCallback, useLayoutEffect, useRef, useState, type UIEvent } from 'react';
import { rowWindow, scrollTopShowing, type RowBox } from './rowWindow.ts';

/**
 * A virtualised list of `count` equal-height rows: only the rows in view (and a few either side) are rendered, so a
 * project of 20,000 sources opens as fast as one of five. The viewport's one child is the list, `count` rows tall,
 * with each row placed at index × row height; the height comes from CSS (in rem, so it follows zoom) and is measured
 * again whenever the viewport resizes.
 */
export function useVirtualRows(count: number) {
  const viewport = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<RowBox>({ scrollTop: 0, viewportHeight: 0, rowHeight: 0 });

  const boxNow = useCallback((): RowBox | null => {
    const el = viewport.current;
    const list = el?.firstElementChild;
    if (!el || !list || count === 0) return null;
    // From the whole list, not one row: a row's height is rounded to 1/64 px, which drifts by rows over thousands.
    return {
      scrollTop: el.scrollTop,
      viewportHeight: el.clientHeight,
      rowHeight: list.getBoundingClientRect().height / count,
    };
  }, [count]);

  const measure = useCallback(() => {
    const next = boxNow();
    if (!next) return;
    setBox((b) =>
      next.scrollTop === b.scrollTop && next.viewportHeight === b.viewportHeight && next.rowHeight === b.rowHeight
        ? b
        : next,
    );
  }, [boxNow]);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  /** Scrolls the least that shows row `index` whole, and renders it in the same commit. */
  const reveal = useCallback(
    (index: number) => {
      const now = boxNow();
      if (!now || now.rowHeight <= 0 || now.viewportHeight <= 0) return;
      const el = viewport.current!;
      el.scrollTop = scrollTopShowing(index, now);
      setBox({ ...now, scrollTop: el.scrollTop });
    },
    [boxNow],
  );

  const onScroll = useCallback((event: UIEvent<HTMLElement>) => {
    const scrollTop = event.currentTarget.scrollTop;
    setBox((b) => (b.scrollTop === scrollTop ? b : { ...b, scrollTop }));
  }, []);

  const { first, last } = rowWindow(box, count);
  return { viewport, onScroll, reveal, box, first, last };
}
