import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectFromRefiQda } from '../../electron/services/refiQda/newProjectFromRefiQda.ts';
import { cleanUp, open, tempDir } from './helpers.ts';
import { schemaErrors, zipOf } from './refiQdaHelpers.ts';

afterEach(cleanUp);

// A hand-made project in NVivo's shape (test/fixtures/refi-qda/nvivo-notes): notes attached to a coded passage, to a
// source and to the project, cases with variable values, a set. The same files zipped by Info-ZIP with
// `zip -fz` (ZIP64 structures forced) are nvivo-notes-zip64.qdpx.
const FOLDER = new URL('../fixtures/refi-qda/nvivo-notes/', import.meta.url);
const ZIP64 = new URL('../fixtures/refi-qda/nvivo-notes-zip64.qdpx', import.meta.url);

async function plainZip(): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = { 'project.qde': readFileSync(new URL('project.qde', FOLDER)) };
  for (const name of readdirSync(new URL('sources/', FOLDER)))
    entries[`sources/${name}`] = readFileSync(new URL(`sources/${name}`, FOLDER));
  return zipOf(entries);
}

async function importFixture(bytes: Uint8Array) {
  const path = join(tempDir(), 'EHCP.cwproj');
  const report = await createProjectFromRefiQda(path, { fileName: 'EHCP interviews.qdpx', bytes });
  const project = open(path);
  const sources = await project.sources.list();
  const titleOf = new Map(sources.map((s) => [s.id, s.title]));
  const quotes = (await project.quotes.list({})).map((q) => ({
    source: titleOf.get(q.sourceId),
    text: q.fragments.map((f) => f.text).join(' [...] '),
    note: q.note,
  }));
  const texts = await Promise.all(sources.map(async (s) => [s.title, (await project.sources.get(s.id)).text]));
  return { report, project, quotes, texts: Object.fromEntries(texts) as Record<string, string> };
}

describe('a .qdpx with notes, cases and variables (NVivo style)', () => {
  it('the hand-made project.qde is valid against Project-mrt2019.xsd', async () => {
    expect(await schemaErrors(readFileSync(new URL('project.qde', FOLDER), 'utf8'), 'Project-mrt2019.xsd')).toEqual([]);
  });

  it('imports a passage’s note as its quote’s comment, other notes as sources, and reports cases and variables', async () => {
    const { report, project, quotes, texts } = await importFixture(await plainZip());
    expect(Object.keys(texts).sort()).toEqual([
      'Note on “Parent interview”: Interview memo',
      'Note: Emerging themes',
      'Parent interview',
    ]);
    expect(texts['Note on “Parent interview”: Interview memo']).toBe(
      "Interview held at the forum's drop-in; the parent asked to stay anonymous.",
    );
    expect(quotes).toEqual(
      expect.arrayContaining([
        {
          source: 'Parent interview',
          text: 'We waited nine months for the assessment',
          note: "Letter check: Confirmed against the council's letter of 3 May.",
        },
        {
          source: 'Parent interview',
          text: 'The SENCo was the only person who kept us informed.',
          note: 'Positive about school',
        },
        // A note's own coded passages are quotes too.
        {
          source: 'Note: Emerging themes',
          text: 'Communication from schools is better than from the council.',
          note: '',
        },
      ]),
    );
    expect(quotes).toHaveLength(3);
    expect(await project.quotes.check()).toEqual([]);
    expect(report).toMatchObject({ sources: 3, quotes: 3, questions: 2 });
    expect(report.skipped).toEqual([
      {
        item: '2 cases, 3 variables, 1 set',
        reason: 'the app has no cases, variables, sets, links or graphs to keep them in',
      },
    ]);
  });

  it('reads the same project from a ZIP64 archive', async () => {
    const bytes = new Uint8Array(readFileSync(ZIP64));
    // It really is ZIP64: the ZIP64 end of central directory record is there.
    expect(Buffer.from(bytes).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const fromZip64 = await importFixture(bytes);
    const fromZip = await importFixture(await plainZip());
    expect(fromZip64.texts).toEqual(fromZip.texts);
    expect(fromZip64.quotes).toEqual(fromZip.quotes);
    expect(fromZip64.report).toEqual(fromZip.report);
  });

  it('keeps the zip-bomb limit for ZIP64: a size claimed in the ZIP64 extra field over the limit is refused', async () => {
    const bytes = new Uint8Array(readFileSync(ZIP64));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Every central-directory entry's ZIP64 extra field (id 0x0001): claim 2^40 bytes unpacked.
    let claims = 0;
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
        if (view.getUint16(x, true) === 0x0001 && view.getUint32(at + 24, true) === 0xffffffff) {
          view.setBigUint64(x + 4, 2n ** 40n, true);
          claims++;
        }
        x += 4 + view.getUint16(x + 2, true);
      }
    }
    expect(claims).toBeGreaterThan(0);
    const path = join(tempDir(), 'Bomb.cwproj');
    await expect(createProjectFromRefiQda(path, { fileName: 'Bomb.qdpx', bytes })).rejects.toThrow(
      '"Bomb.qdpx" was not imported: it unpacks to more than 500 MB',
    );
  });

  it('refuses, and writes nothing, when a note’s text file is missing from the archive', async () => {
    const entries: Record<string, Uint8Array> = { 'project.qde': readFileSync(new URL('project.qde', FOLDER)) };
    for (const name of readdirSync(new URL('sources/', FOLDER)))
      if (!name.endsWith('e71.txt')) entries[`sources/${name}`] = readFileSync(new URL(`sources/${name}`, FOLDER));
    const path = join(tempDir(), 'Missing.cwproj');
    await expect(
      createProjectFromRefiQda(path, { fileName: 'Missing.qdpx', bytes: await zipOf(entries) }),
    ).rejects.toThrow('the text of "Letter check"');
    expect(readdirSync(tempDir())).toEqual([]);
  });
});
