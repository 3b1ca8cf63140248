import { describe, expect, it } from 'vitest';
import { rowsPerPage, rowWindow, scrollTopShowing } from '../../renderer/src/layout/rowWindow.ts';

const box = { scrollTop: 0, viewportHeight: 500, rowHeight: 50 };

describe('rowWindow', () => {
  it('covers the viewport with a few rows either side, never past the ends', () => {
    expect(rowWindow(box, 20_000)).toEqual({ first: 0, last: 13 });
    expect(rowWindow({ ...box, scrollTop: 1_000 }, 20_000)).toEqual({ first: 16, last: 33 });
    expect(rowWindow({ ...box, scrollTop: 999_500 }, 20_000)).toEqual({ first: 19_986, last: 19_999 });
    expect(rowWindow(box, 3)).toEqual({ first: 0, last: 2 });
    expect(rowWindow(box, 0)).toEqual({ first: 0, last: -1 });
  });

  it('shows a screenful before anything is measured', () => {
    const { first, last } = rowWindow({ scrollTop: 0, viewportHeight: 0, rowHeight: 0 }, 20_000);
    expect(first).toBe(0);
    expect(last).toBeGreaterThan(20);
  });
});

describe('scrollTopShowing', () => {
  it('scrolls the least that shows the row whole, and not at all when it is in view', () => {
    expect(scrollTopShowing(3, box)).toBe(0);
    expect(scrollTopShowing(19_999, box)).toBe(19_999 * 50 + 50 - 500);
    expect(scrollTopShowing(2, { ...box, scrollTop: 400 })).toBe(100);
    expect(scrollTopShowing(12, { ...box, scrollTop: 400 })).toBe(400);
  });

  it('pages by a viewport less one row', () => {
    expect(rowsPerPage(box)).toBe(9);
  });
});
