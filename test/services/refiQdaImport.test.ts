import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { createProjectFromRefiQda } from '../../electron/services/refiQda/newProjectFromRefiQda.ts';
import { cleanUp, open, openSample, tempDir } from './helpers.ts';
import { addRefiQuotes, zipOf } from './refiQdaHelpers.ts';

afterEach(cleanUp);

/** Everything the round trip must keep, by content rather than by id. */
async function contents(project: ProjectServices) {
  const consultation = await project.consultation.getConsultation();
  const titleOf = new Map(consultation.chapters.flatMap((c) => c.questions.map((q) => [q.id, q.title])));
  const sources = await Promise.all((await project.sources.list()).map((s) => project.sources.get(s.id)));
  const quotes = (await project.quotes.list({})).map((q) => ({
    source: sources.find((s) => s.id === q.sourceId)!.text,
    fragments: q.fragments.map(({ start, end, text }) => ({ start, end, text })),
    questions: q.questionIds.map((id) => titleOf.get(id)).sort(),
    note: q.note,
  }));
  return {
    chapters: consultation.chapters.map((c) => ({
      title: c.title,
      number: c.number,
      // Whether the wording is the consultation's own or only a topic label comes across too.
      questions: c.questions.map((q) => ({ number: q.number, title: q.title, verified: q.verified })),
    })),
    sources: sources.map((s) => ({ title: s.title, text: s.text })).sort((a, b) => a.text.localeCompare(b.text)),
    quotes: quotes.sort((a, b) => (a.source + a.fragments[0]!.start).localeCompare(b.source + b.fragments[0]!.start)),
  };
}

describe('REFI-QDA round trip', () => {
  it('.qdpx export then import gives the same sources, quotes and questions', async () => {
    const { project } = await openSample();
    await addRefiQuotes(project);
    const file = await project.refiQda.buildProjectArchive();
    const path = join(tempDir(), 'Imported.cwproj');

    const report = await createProjectFromRefiQda(path, file);
    expect(report.skipped).toEqual([]);
    const before = await contents(project);
    const imported = open(path);
    const after = await contents(imported);
    expect(after.sources).toEqual(before.sources);
    expect(after.chapters).toEqual(before.chapters);
    expect(after.quotes).toEqual(before.quotes);
    expect(after.quotes.some((q) => q.fragments.length === 2)).toBe(true);
    expect(report).toMatchObject({ sources: before.sources.length, quotes: before.quotes.length });
    expect(await imported.quotes.check()).toEqual([]);
    expect(imported.name()).toBe('Imported');
    expect((await imported.consultation.getConsultation()).title).toBe(
      (await project.consultation.getConsultation()).title,
    );
  });

  it('.qdc export then import gives the same chapters and questions, and no sources', async () => {
    const { project } = await openSample();
    const file = await project.refiQda.buildCodebook();
    const path = join(tempDir(), 'From codebook.cwproj');
    const report = await createProjectFromRefiQda(path, file);
    const imported = open(path);
    expect((await contents(imported)).chapters).toEqual((await contents(project)).chapters);
    expect(report).toMatchObject({ sources: 0, quotes: 0, skipped: [] });
    // The sample's five topic labels stay marked as such; the other questions are in the Green Paper's own words.
    const questions = (await imported.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
    expect(questions.filter((q) => !q.verified).map((q) => q.number)).toEqual([8, 10, 12, 20, 22]);
  });

  it('reads a codebook saved as UTF-16 with its byte-order mark', async () => {
    const xml =
      '<?xml version="1.0" encoding="utf-16"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98343" name="Wartezeiten – Übergänge" isCodable="true"/></Codes></CodeBook>';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, 'utf16le'))]);
    const path = join(tempDir(), 'UTF-16.cwproj');
    await createProjectFromRefiQda(path, { fileName: 'Codes.qdc', bytes: utf16 });
    const questions = (await open(path).consultation.getConsultation()).chapters.flatMap((c) => c.questions);
    expect(questions.map((q) => q.title)).toEqual(['Wartezeiten – Übergänge']);
  });
});

// A QualCoder-style project: upper-case GUIDs in braces, a "Sources" folder, positions in code points after an emoji,
// the selected words as each selection's name, a PDF with a plain-text representation, and an audio file.
const CODES = {
  access: '{6F1E4A52-0B1C-4D0E-9A8B-1C2D3E4F5A60}',
  waiting: '{6F1E4A52-0B1C-4D0E-9A8B-1C2D3E4F5A61}',
  transport: '{6F1E4A52-0B1C-4D0E-9A8B-1C2D3E4F5A62}',
  funding: '{6F1E4A52-0B1C-4D0E-9A8B-1C2D3E4F5A63}',
  gone: '{6F1E4A52-0B1C-4D0E-9A8B-1C2D3E4F5A64}',
};
const INTERVIEW =
  'Interviewer: How was it?\r\nAnna 😀: The wait for an assessment was eighteen months.\r\nThe bus never came.';
const REPORT = 'Annual report 2023.\n\nFunding per pupil fell by 4% in real terms.';

function cp(text: string, words: string): [number, number] {
  const at = text.indexOf(words);
  return [[...text.slice(0, at)].length, [...text.slice(0, at)].length + [...words].length];
}

function selection(guid: string, [start, end]: [number, number], name: string, codes: string[], memo = '') {
  return `<PlainTextSelection guid="${guid}" name="${name}" startPosition="${start}" endPosition="${end}" creatingUser="{00000000-0000-0000-0000-0000000000AA}" creationDateTime="2024-05-01T10:00:00Z">${
    memo ? `<Description>${memo}</Description>` : ''
  }${codes.map((c, i) => `<Coding guid="${guid.slice(0, -2)}${i}9"><CodeRef targetGUID="${c}"/></Coding>`).join('')}</PlainTextSelection>`;
}

/** Positions as a tool counting UTF-16 code units would write them (off by one after the emoji). */
function utf16(text: string, words: string): [number, number] {
  const at = text.indexOf(words);
  return [at, at + words.length];
}

async function qualCoderStyleProject(): Promise<Uint8Array> {
  const wait = 'The wait for an assessment was eighteen months.';
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Forum interviews" origin="QualCoder 3.5" creationDateTime="2024-05-01T09:00:00Z">
  <Users><User guid="{00000000-0000-0000-0000-0000000000AA}" name="anna.k"/></Users>
  <CodeBook><Codes>
    <Code guid="${CODES.access}" name="Access" isCodable="true" color="#FF0000">
      <Description>Getting support at all</Description>
      <Code guid="${CODES.waiting}" name="Waiting times" isCodable="true"/>
      <Code guid="${CODES.transport}" name="Transport" isCodable="true"><Description>Getting to school</Description></Code>
    </Code>
    <Code guid="${CODES.funding}" name="Funding" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{11111111-2222-3333-4444-555555555551}" name="Anna interview.txt" plainTextPath="internal://{11111111-2222-3333-4444-555555555551}.txt">
      ${selection('{AAAAAAAA-0000-0000-0000-000000000001}', cp(INTERVIEW, wait), wait, [CODES.waiting, CODES.access], 'Key point &amp; typical')}
      ${selection('{AAAAAAAA-0000-0000-0000-000000000002}', utf16(INTERVIEW, 'The bus never came.'), 'The bus never came.', [CODES.transport])}
      ${selection('{AAAAAAAA-0000-0000-0000-000000000003}', [0, 11], 'eighteen months', [CODES.waiting])}
      ${selection('{AAAAAAAA-0000-0000-0000-000000000004}', [500, 510], '', [CODES.waiting])}
      ${selection('{AAAAAAAA-0000-0000-0000-000000000005}', cp(INTERVIEW, 'Interviewer'), 'Q1', [CODES.gone])}
      ${selection('{AAAAAAAA-0000-0000-0000-000000000007}', cp(INTERVIEW, 'eighteen months'), '', [CODES.waiting])}
    </TextSource>
    <PDFSource guid="{11111111-2222-3333-4444-555555555552}" name="Annual report.pdf" path="internal://{11111111-2222-3333-4444-555555555552}.pdf">
      <PDFSelection guid="{BBBBBBBB-0000-0000-0000-000000000001}" page="1" firstX="10" firstY="10" secondX="100" secondY="40"><Coding guid="{BBBBBBBB-0000-0000-0000-000000000002}"><CodeRef targetGUID="${CODES.funding}"/></Coding></PDFSelection>
      <Representation guid="{11111111-2222-3333-4444-555555555553}" name="Annual report.pdf" plainTextPath="internal://{11111111-2222-3333-4444-555555555553}.txt">
        ${selection('{AAAAAAAA-0000-0000-0000-000000000006}', cp(REPORT, 'Funding per pupil fell by 4% in real terms.'), 'Funding per pupil fell...', [CODES.funding])}
      </Representation>
    </PDFSource>
    <AudioSource guid="{11111111-2222-3333-4444-555555555554}" name="Focus group.m4a" path="internal://{11111111-2222-3333-4444-555555555554}.m4a"/>
  </Sources>
</Project>`;
  return zipOf({
    'project.qde': qde,
    'Sources/{11111111-2222-3333-4444-555555555551}.txt': INTERVIEW,
    'Sources/{11111111-2222-3333-4444-555555555552}.pdf': '%PDF-1.4 not really',
    'Sources/{11111111-2222-3333-4444-555555555553}.txt': REPORT,
    'Sources/{11111111-2222-3333-4444-555555555554}.m4a': new Uint8Array([0, 1, 2, 3]),
  });
}

describe('a .qdpx from another tool (QualCoder style)', () => {
  it('imports codes, text and PDF sources and coded passages, and says what it skipped and why', async () => {
    const path = join(tempDir(), 'Forum.cwproj');
    const report = await createProjectFromRefiQda(path, {
      fileName: 'Forum interviews.qdpx',
      bytes: await qualCoderStyleProject(),
    });
    const project = open(path);

    const consultation = await project.consultation.getConsultation();
    expect(consultation.title).toBe('Forum interviews');
    expect(consultation.chapters.map((c) => [c.title, c.questions.map((q) => q.title)])).toEqual([
      ['Access', ['Access', 'Waiting times', 'Transport']],
      ['Other questions', ['Funding']],
    ]);
    expect(consultation.chapters.flatMap((c) => c.questions).some((q) => q.verified)).toBe(false);

    const sources = await project.sources.list();
    expect(sources.map((s) => s.title).sort()).toEqual(['Anna interview', 'Annual report']);
    const interview = await project.sources.get(sources.find((s) => s.title === 'Anna interview')!.id);
    // Stored in canonical form (\n line endings); the passages still land on their words.
    expect(interview.text).toBe(INTERVIEW.replace(/\r\n/g, '\n'));

    const questionTitle = new Map(consultation.chapters.flatMap((c) => c.questions.map((q) => [q.id, q.title])));
    const quotes = (await project.quotes.list({})).map((q) => ({
      text: q.fragments.map((f) => f.text).join(' [...] '),
      questions: q.questionIds.map((id) => questionTitle.get(id)).sort(),
      note: q.note,
    }));
    expect(quotes).toEqual(
      expect.arrayContaining([
        {
          text: 'The wait for an assessment was eighteen months.',
          questions: ['Access', 'Waiting times'],
          note: 'Key point & typical',
        },
        { text: 'The bus never came.', questions: ['Transport'], note: '' },
        { text: 'Interviewer', questions: [], note: '' },
        // No name to check against: read as the standard says, in code points (the emoji before it counts once).
        { text: 'eighteen months', questions: ['Waiting times'], note: '' },
        { text: 'Funding per pupil fell by 4% in real terms.', questions: ['Funding'], note: '' },
      ]),
    );
    expect(quotes).toHaveLength(5);
    expect(await project.quotes.check()).toEqual([]);

    expect(report).toMatchObject({ sources: 2, quotes: 5, questions: 4, chapters: 2 });
    const reasons = report.skipped.map((s) => `${s.item} | ${s.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^"Anna interview.txt", passage at 0–11 \("eighteen months"\) \| its words are not at its positions/,
        ),
        expect.stringMatching(/^"Anna interview.txt", passage at 500–510 \| its positions are outside the text/),
        expect.stringMatching(/^coding of "Anna interview.txt", passage .*\("Q1"\) \| its code is not a question/),
        expect.stringMatching(/^1 area of pages in "Annual report.pdf" \| an area of a page has no words/),
        expect.stringMatching(/^"Focus group.m4a" \| it is audio, which cannot be quoted as text/),
      ]),
    );
    expect(reasons).toHaveLength(5);
  });
});

// An ATLAS.ti-style project: Windows line endings counted as one character, names that are the first words and "...",
// the text of one source inline, a PDF with no text representation, a second copy of a source, a coding of a whole
// source and a source kept outside the archive.
describe('a .qdpx from another tool (ATLAS.ti style)', () => {
  const NOTES = 'Meeting notes\r\n\r\nThe panel agreed that EHC plans arrive too late for transition.\r\nEnd.';
  const crlfAsOne = (words: string): [number, number] => {
    const flat = NOTES.replace(/\r\n/g, '\n');
    const at = flat.indexOf(words);
    return [at, at + words.length];
  };

  it('finds the words however the positions were counted, and reads a PDF that has no text representation', async () => {
    const pdf = new Uint8Array(readFileSync(new URL('../fixtures/pdf/minimal-document.pdf', import.meta.url)));
    const code = 'C5C8A1A2-1111-4222-8333-944445555666';
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Panel" origin="ATLAS.ti Win 23.4.0">
  <CodeBook><Codes><Code guid="${code}" name="Timeliness" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="D0000000-0000-4000-8000-000000000001" name="Panel notes" plainTextPath="internal://notes.txt">
      ${selection('E0000000-0000-4000-8000-000000000001', crlfAsOne('EHC plans arrive too late'), 'EHC plans...', [code])}
      <Coding guid="E0000000-0000-4000-8000-000000000009"><CodeRef targetGUID="${code}"/></Coding>
    </TextSource>
    <TextSource guid="D0000000-0000-4000-8000-000000000002" name="Inline">
      <PlainTextContent>Short inline text about transport &amp; travel.</PlainTextContent>
      ${selection('E0000000-0000-4000-8000-000000000002', [24, 42], '', [code])}
    </TextSource>
    <TextSource guid="D0000000-0000-4000-8000-000000000003" name="Panel notes (copy)" plainTextPath="internal://copy.txt"/>
    <TextSource guid="D0000000-0000-4000-8000-000000000004" name="On the share drive" plainTextPath="relative://share/notes.txt"/>
    <PDFSource guid="D0000000-0000-4000-8000-000000000005" name="Minimal.pdf" path="internal://minimal.pdf"/>
  </Sources>
</Project>`;
    const bytes = await zipOf({
      'project.qde': qde,
      'sources/notes.txt': NOTES,
      'sources/copy.txt': NOTES,
      'sources/minimal.pdf': pdf,
    });
    const path = join(tempDir(), 'Panel.cwproj');
    const report = await createProjectFromRefiQda(path, { fileName: 'Panel.qdpx', bytes });
    const project = open(path);

    const quotes = (await project.quotes.list({})).map((q) => q.fragments.map((f) => f.text).join(''));
    expect(quotes.sort()).toEqual(['EHC plans arrive too late', 'transport & travel']);
    const titles = (await project.sources.list()).map((s) => s.title).sort();
    expect(titles).toEqual(['Inline', 'Minimal', 'Panel notes']);
    const fromPdf = (await project.sources.list()).find((s) => s.title === 'Minimal')!;
    expect((await project.sources.get(fromPdf.id)).text.length).toBeGreaterThan(20);

    expect(report.skipped.map((s) => `${s.item} | ${s.reason}`)).toEqual([
      '1 coding of the whole of "Panel notes" | only passages can be filed under questions',
      '"Panel notes (copy)" | it has the same text as "Panel notes"; its quotes are kept there',
      '"On the share drive" | its text is kept outside the .qdpx (relative://share/notes.txt), so it could not be read',
    ]);
  });
});
