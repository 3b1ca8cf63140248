// Where each key's event handling goes in the app at 100 pages: every event listener's time a key, by event type, where
// it is attached (React's root is div#root; Lexical's listeners are on the draft's contenteditable) and the start of
// its source, with the time spent setting and clearing timers and the depth of React's tree above the draft (what
// React walks for each event that reaches its root). Typed with the typing measurement's keys at its pace.
// `npx electron-vite build && node scripts/bench/listenerCosts.ts [rendererDir]` (an unminified build names more).
// Microtasks (Lexical's commit of an update) run after a listener returns, so are not counted. Not part of the table.
import { setTimeout as sleep } from 'node:timers/promises';
import { type Page } from '@playwright/test';
import { rng } from './corpus.ts';
import { withLongDraft } from './longDraftSession.ts';

const text = 'Parent carers told us the local offer rarely reflects what is actually available in Anytown. '.repeat(2);
const pace = rng(11);
const gaps = [...text].map(() => 60 + Math.round(pace() * 190));

async function timeListeners(page: Page) {
  await page.addInitScript(() => {
    const costs: Record<string, [number, number]> = {};
    (window as unknown as { listenerCosts: unknown }).listenerCosts = costs;
    const wrapped = new WeakMap<object, EventListener>();
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const where = (t: EventTarget) =>
      t === window
        ? 'window'
        : t === document
          ? 'document'
          : t instanceof Element
            ? `${t.tagName.toLowerCase()}${t.id ? '#' + t.id : ''}${t.getAttribute('contenteditable') ? '[ce]' : ''}${typeof t.className === 'string' && t.className ? '.' + t.className.split(' ')[0] : ''}`
            : String(t);
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (!listener) return add.call(this, type, listener, options);
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      const label = `${type} ${where(this)}${capture ? ' capture' : ''} ${String(
        typeof listener === 'function' ? listener : listener.handleEvent,
      )
        .replace(/\s+/g, ' ')
        .slice(0, 70)}`;
      let w = wrapped.get(listener);
      if (!w) {
        const fn = listener;
        w = function (this: unknown, event: Event) {
          const t0 = performance.now();
          try {
            return typeof fn === 'function' ? fn.call(this, event) : fn.handleEvent(event);
          } finally {
            const c = (costs[label] ??= [0, 0]);
            c[0] += performance.now() - t0;
            c[1]++;
          }
        } as EventListener;
        wrapped.set(listener, w);
      }
      return add.call(this, type, w, options);
    };
    for (const name of ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] as const) {
      const original = window[name] as (...args: unknown[]) => unknown;
      (window as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
        const t0 = performance.now();
        try {
          return original.apply(window, args);
        } finally {
          const c = (costs[`${name} calls`] ??= [0, 0]);
          c[0] += performance.now() - t0;
          c[1]++;
        }
      };
    }
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
      return remove.call(this, type, (listener && wrapped.get(listener)) ?? listener, options);
    };
  });
}

await withLongDraft(process.argv[2] ?? 'out/renderer', async ({ pages, draft }) => {
  const page = await pages.openApp(draft, timeListeners);
  await page.evaluate(() => {
    const c = (window as unknown as { listenerCosts: Record<string, [number, number]> }).listenerCosts;
    for (const k of Object.keys(c)) delete c[k];
  });
  console.log(
    await page.evaluate(() => {
      const ce = document.querySelector('[contenteditable="true"]')!;
      const key = Object.keys(ce).find((k) => k.startsWith('__reactFiber$'))!;
      let f = (ce as unknown as Record<string, { return: unknown; tag: number; type: unknown }>)[key];
      let n = 0;
      let host = 0;
      const names: string[] = [];
      while (f) {
        n++;
        if (f.tag === 5) host++;
        const t = f.type as { name?: string; displayName?: string } | string | null;
        names.push(typeof t === 'string' ? t : (t?.displayName ?? t?.name ?? String(f.tag)));
        f = f.return as typeof f;
      }
      return `fiber depth ${n}, host components ${host}: ${names.join(' < ')}`;
    }),
  );
  for (const [i, ch] of [...text].entries()) {
    await page.keyboard.type(ch);
    await sleep(gaps[i]!);
  }
  const costs = await page.evaluate(
    () => (window as unknown as { listenerCosts: Record<string, [number, number]> }).listenerCosts,
  );
  const rows = Object.entries(costs).sort((a, b) => b[1][0] - a[1][0]);
  let total = 0;
  for (const [label, [ms, n]] of rows) {
    total += ms;
    console.log(`${(ms / text.length).toFixed(3).padStart(7)} ms/key  ${String(n).padStart(5)} calls  ${label}`);
  }
  console.log(`${(total / text.length).toFixed(3)} ms/key in all listeners (${text.length} keys)`);
});
