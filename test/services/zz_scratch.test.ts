import { afterEach, it } from 'vitest';
import { cleanUp, openSample } from './helpers.ts';
afterEach(cleanUp);
it('explore', async () => {
  const { project } = await openSample();
  const enc = (s: string) => new TextEncoder().encode(s);
  await project.imports.importFile({ fileName: 'ctl.txt', bytes: enc('Control test\n\nHere is a \u0002weird\u0003 marker and then zanzibar appears.\n') });
  await project.imports.importFile({ fileName: 'rep.txt', bytes: enc('Repeat\n\nzanzibar one. filler words here. zanzibar two.\n') });
  for (const q of ['neurodiversity', 'commissioned', 'SEND', 'zanzibar', 'SEND-related', '"steering group"', 'Hinds', 'joined-up']) {
    const hits = await project.search.search({ query: q });
    console.log(q, hits.map(h => ({ id: h.sourceId, t: h.title, s: h.hitStart, e: h.hitEnd, sn: JSON.stringify(h.snippet) })));
    for (const h of hits) { const src = await project.sources.get(h.sourceId); if (h.hitStart !== null) console.log('  slice', JSON.stringify(src.text.slice(h.hitStart, h.hitEnd!))); }
  }
});
