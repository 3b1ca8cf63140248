import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import type { SourceId } from '../../shared/ids.ts';
import { questionNumbered } from './helpers.ts';

const FIXTURES = new URL('../fixtures/refi-qda/', import.meta.url);

/** xmllint's verdict on a document against one of REFI-QDA's published schemas. */
export async function schemaErrors(xml: string, schema: 'Project-mrt2019.xsd' | 'Codebook-mrt2019.xsd') {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [{ fileName: schema, contents: readFileSync(new URL(schema, FIXTURES), 'utf8') }],
  });
  return result.errors.map((e) => e.rawMessage);
}

export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) files.set(name, await entry.async('string'));
  return files;
}

/** A zip made by hand, entries as given (for other tools' layouts and for hostile archives). */
export async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Text with an emoji (two UTF-16 units, one code point) before the quoted passages, and a Welsh accent. */
export const ASTRAL_TEXT =
  'Parent carers 😀 told us: "Waiting lists are too long."\n\nIn Wales, Ysgol Gymraeg ŵyr said provision was patchy.\n\nAnother 🎉 line with 𝒳 more text.';

/**
 * The sample project with quotes that exercise every part of the mapping: code points after astral characters, an
 * elision, a note, a quote filed under two questions and one filed under none.
 */
export async function addRefiQuotes(project: ProjectServices): Promise<SourceId> {
  const sourceId = await project.sources.importText(
    { title: 'Forum notes 😀', author: 'Parent Carer Forum', publishedOn: '2024-03-01', url: null, kind: 'other' },
    ASTRAL_TEXT,
  );
  const q1 = await questionNumbered(project, 1);
  const q5 = await questionNumbered(project, 5);
  const at = (words: string) => {
    const start = ASTRAL_TEXT.indexOf(words);
    return { start, end: start + words.length };
  };
  const waiting = await project.quotes.create({
    sourceId,
    ...at('Waiting lists are too long.'),
    questionIds: [q1.id, q5.id],
  });
  await project.quotes.setNote(waiting.id, 'Said by three parents & a SENCo <in March>.');
  const elided = await project.quotes.create({ sourceId, ...at('Ysgol Gymraeg ŵyr'), questionIds: [q5.id] });
  const more = at('𝒳 more text');
  await project.quotes.addFragment(elided.id, more.start, more.end);
  await project.quotes.create({ sourceId, ...at('provision was patchy'), questionIds: [] });
  return sourceId;
}
