import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceId } from '../../shared/ids.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import type { DEFAULT_RESPONSE_DETAILS } from '../../shared/domain/project.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';

afterEach(cleanUp);

type Node = { type: string; $?: Record<string, unknown>; [key: string]: unknown };

async function projectWithQuote() {
  const { project, path } = await openSample();
  const source = (await project.sources.list()).find((s) => s.publishedOn === '2024-03-25')!;
  const text = (await project.sources.get(source.id as SourceId)).text;
  const phrase = 'Change Programme which was launched in September 2023';
  const start = text.indexOf(phrase);
  const q21 = await questionNumbered(project, 21);
  const quote = await project.quotes.create({
    sourceId: source.id,
    start,
    end: start + phrase.length,
    questionIds: [q21.id],
  });
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: Node[] };
  };
  const at = state.root.children.findIndex((n) => n.$?.[QUESTION_STATE_KEY] === q21.id);
  state.root.children.splice(at + 1, 0, {
    type: SOURCE_QUOTE_TYPE,
    version: 1,
    quoteId: quote.id,
    sourceId: source.id,
    text: phrase,
    citation: source.title,
  });
  await project.drafts.save(JSON.stringify(state));
  return { project, path, phrase, source };
}

async function setDetails(project: ProjectServices, patch: Partial<typeof DEFAULT_RESPONSE_DETAILS>) {
  await project.details.update({ ...project.details.get(), ...patch });
}

const readText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

describe('export options', () => {
  it('puts the respondent, contact, date and publication answer in the title block', async () => {
    const { project } = await projectWithQuote();
    await setDetails(project, {
      organisation: 'Anytown Parent Carer Forum',
      contactName: 'Sam Patel',
      contactEmail: 'sam@example.org',
      responseDate: '2022-07-01',
      mayPublish: 'yes',
    });
    const text = await readText((await project.export.buildDocx()).bytes);
    expect(text).toContain('Response from: Anytown Parent Carer Forum');
    expect(text).toContain('Contact: Sam Patel, sam@example.org');
    expect(text).toContain('Date: 1 July 2022');
    expect(text).toContain('May this response be published? Yes');
  });

  it('cites in the text with author and year when asked, and still lists the references', async () => {
    const { project, phrase, source } = await projectWithQuote();
    await setDetails(project, { citationStyle: 'author-date' });
    const bytes = (await project.export.buildDocx()).bytes;
    const text = await readText(bytes);
    expect(text).toContain(`“${phrase}” (${source.author}, 2024)`);
    expect(text).toContain('References');
    // No footnote is made in this style.
    expect((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value).not.toContain('footnote-');
  });

  it('writes an evidence pack grouped by question, each quote with its full citation', async () => {
    const { project, phrase, source } = await projectWithQuote();
    const { fileName, bytes } = await project.export.buildEvidencePack();
    expect(fileName).toMatch(/evidence pack\.docx$/);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toContain('<h2>Question 21: What support do local systems');
    const text = await readText(bytes);
    expect(text).toContain(`“${phrase}”`);
    expect(text).toContain(`${source.author}, ‘${source.title}’, 25 March 2024`);
    // Questions without quotes are left out of the pack.
    expect(text).not.toContain('Question 1:');
  });

  it('exports every quote as CSV that a spreadsheet reads back exactly', async () => {
    const { project, phrase, source } = await projectWithQuote();
    const [q] = await project.quotes.list({});
    await project.quotes.create({
      sourceId: source.id,
      start: q!.fragments[0]!.start,
      end: q!.fragments[0]!.end + 1,
      questionIds: [],
    });
    const { fileName, bytes } = await project.export.buildQuotesCsv();
    expect(fileName).toMatch(/quotes\.csv$/);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith('\uFEFF"Quote","Questions","Text"')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"Question 21","${phrase}","${source.title}"`);
  });
});
