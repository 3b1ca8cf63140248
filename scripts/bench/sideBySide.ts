// Ours and a peer timed in turns, so that the shared machine's drift falls on both alike.
import { percentile, since } from './figures.ts';

/** The median time and the last result. */
export type Timed<T> = { ms: number; result: T };

/** The median time of `times` runs each of `ours` and `peer`, taking turns, with what the last run of each gave. */
export async function sideBySide<A, B>(
  times: number,
  ours: () => Promise<A>,
  peer: () => Promise<B>,
): Promise<[Timed<A>, Timed<B>]> {
  const [oursMs, peerMs]: [number[], number[]] = [[], []];
  let [a, b]: [A | undefined, B | undefined] = [undefined, undefined];
  for (let i = 0; i < times; i++) {
    let t0 = performance.now();
    a = await ours();
    oursMs.push(since(t0));
    t0 = performance.now();
    b = await peer();
    peerMs.push(since(t0));
  }
  return [
    { ms: percentile(oursMs, 50), result: a as A },
    { ms: percentile(peerMs, 50), result: b as B },
  ];
}
