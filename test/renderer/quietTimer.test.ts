import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from '../../renderer/src/editor/quietTimer.ts';

describe('quietTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the given time has passed since the last restart, not since the first', () => {
    const run = vi.fn();
    const settled = quietTimer(600, run);
    settled.restart();
    vi.advanceTimersByTime(400);
    settled.restart();
    vi.advanceTimersByTime(599);
    expect(run).not.toHaveBeenCalled();
    expect(settled.pending()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(settled.pending()).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps one browser timer however often it is restarted', () => {
    const settled = quietTimer(600, () => {});
    for (let i = 0; i < 50; i++) settled.restart();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('runs nothing once cancelled, and again after a new restart', () => {
    const run = vi.fn();
    const settled = quietTimer(600, run);
    settled.restart();
    settled.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    settled.restart();
    vi.advanceTimersByTime(600);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
