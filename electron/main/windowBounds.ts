export type Rect = { x: number; y: number; width: number; height: number };

/** How much of the title bar must be on a screen for the user to see the window and drag it. */
const GRIP_WIDTH = 120;
const GRIP_HEIGHT = 32;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The remembered window placement if it still fits the displays present now (a second monitor may have gone, or the
 * resolution dropped); shrunk to the work area it is on, or null for the default placement when its title bar would
 * be off every screen.
 */
export function placeOnScreen(saved: Rect | null, workAreas: readonly Rect[]): Rect | null {
  if (!saved) return null;
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: GRIP_HEIGHT };
  const area = workAreas.find((a) => {
    const o = overlap(titleBar, a);
    return o.width >= Math.min(GRIP_WIDTH, saved.width) && o.height >= GRIP_HEIGHT && saved.y >= a.y;
  });
  if (!area) return null;
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  return {
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}
