// Where our editor's time a key goes at 100 pages: a CPU profile of typing the typing measurement's keys, at its pace,
// into the app, summed by function (self time, and total time with what it calls), with the number of React commits
// made while typing (each walks the whole editor's DOM to note the selection while the editor has focus).
// `npx electron-vite build && node scripts/bench/profileTyping.ts [rendererDir]` (another build of this version's
// renderer, say, by default out/renderer); PROFILE_FOCUS=<regexp> lists the stacks that
// lead to the matching functions (by default React's renders and commits); PROFILE_FLOOR=1 profiles the same keys typed
// into the static copy instead, the floor the app is measured against; PROFILE_TOP=<n> lists more functions by total
// time (50 by default). Not part of the bench's table.
import { setTimeout as sleep } from 'node:timers/promises';
import { type Page } from '@playwright/test';
import { rng } from './corpus.ts';
import { withLongDraft } from './longDraftSession.ts';

const floor = process.env['PROFILE_FLOOR'] === '1';
const focus = new RegExp(process.env['PROFILE_FOCUS'] ?? '^(dispatchSetState|performWorkOnRoot|commitRoot) ');
const text = 'Parent carers told us the local offer rarely reflects what is actually available in Anytown. '.repeat(2);
const pace = rng(11);
const gaps = [...text].map(() => 60 + Math.round(pace() * 190));

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Stands in for React's devtools extension, only to count commits. */
async function countCommits(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { reactCommits: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
    w.reactCommits = 0;
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      onCommitFiberRoot: () => void w.reactCommits++,
    };
  });
}

/** Milliseconds a key by "function file:line": its own time, its time with its callees, and the focused stacks. */
function summarise({ nodes, samples, timeDeltas }: Profile, keys: number) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = ({ callFrame: f }: ProfileNode) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  const [self, total, focused] = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms / keys);
  samples.forEach((id, i) => {
    const ms = (timeDeltas[i] ?? 0) / 1000;
    const chain: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) chain.push(name(byId.get(at)!));
    add(self, chain[0]!, ms);
    for (const k of new Set(chain)) add(total, k, ms);
    const j = chain.findIndex((c) => focus.test(c));
    if (j !== -1) add(focused, chain.slice(j, j + 8).join(' < '), ms);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([k]) => !/^\((idle|root)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `${ms.toFixed(2).padStart(7)} ms/key  ${k}`)
      .join('\n');
  const script = [...self].filter(([k]) => !k.startsWith('(')).reduce((sum, [, ms]) => sum + ms, 0);
  const [program, gc] = ['(program)', '(garbage collector)'].map(
    (k) => [...self].find(([n]) => n.startsWith(k))?.[1] ?? 0,
  );
  return `script ${script.toFixed(2)} ms/key, garbage collection ${gc!.toFixed(2)}, the browser's own work ${program!.toFixed(2)}\n\nself time:\n${top(self, 30)}\n\ntotal time:\n${top(total, Number(process.env['PROFILE_TOP'] ?? 50))}\n\nstacks to ${focus}:\n${top(focused, 15)}`;
}

await withLongDraft(process.argv[2] ?? 'out/renderer', async ({ pages, draft }) => {
  const page = floor ? await pages.openStaticCopy(draft) : await pages.openApp(draft, countCommits);
  const commits = () => page.evaluate(() => (window as unknown as { reactCommits?: number }).reactCommits ?? 0);
  const commitsBefore = await commits();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (const [i, ch] of [...text].entries()) {
    await page.keyboard.type(ch);
    await sleep(gaps[i]!);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const made = floor
    ? 'into the static copy (the floor)'
    : `into the app, ${(await commits()) - commitsBefore} React commits`;
  console.log(`${text.length} keys ${made}\n\n${summarise(profile, text.length)}`);
});
