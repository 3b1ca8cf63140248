import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { fullCitation, shortCitation } from '../../shared/citation.ts';
import { quoteText } from '../../shared/domain/quoteText.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import { setMeta } from '../../electron/services/repositories/projectMetaRepository.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { cleanUp, openSample, questionNumbered, readManifest, readTemplate, sourceTitled } from './helpers.ts';

afterEach(cleanUp);

const manifest = readManifest();
const template = readTemplate();
const WRITTEN_ANSWER = manifest.sources.find((s) => s.file === 'written-answer-joined-up-services-2024-03.txt')!;
const PHRASE = 'providing these local authorities with ‘boots on the ground’ support';
const ANSWER = 'We support joined-up planning, but families need a single named contact.';

type Node = { type: string; children?: Node[]; $?: Record<string, unknown>; [key: string]: unknown };

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function elements(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decode(m[1]!));
}

async function read(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const [raw, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return { text: raw.value, html: html.value };
}

/** Saves a draft with a quotation and an answer under question 1, as the editor would. */
async function saveDraftWithQuote(project: ProjectServices) {
  const source = await sourceTitled(project, WRITTEN_ANSWER.title);
  const start = source.text.indexOf(PHRASE);
  expect(start).toBeGreaterThan(0);
  const q1 = await questionNumbered(project, 1);
  const quote = await project.quotes.create({
    sourceId: source.id,
    start,
    end: start + PHRASE.length,
    questionIds: [q1.id],
  });

  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: Node[] };
  };
  const children = state.root.children;
  const at = children.findIndex((n) => n.type === 'heading' && n.$?.[QUESTION_STATE_KEY] === q1.id);
  expect(at).toBeGreaterThanOrEqual(0);
  children.splice(
    at + 1,
    0,
    {
      type: SOURCE_QUOTE_TYPE,
      version: 1,
      quoteId: quote.id,
      sourceId: source.id,
      text: quoteText(quote),
      citation: shortCitation(source),
    },
    {
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text: ANSWER, format: 0, detail: 0, mode: 'normal', style: '' }],
    },
  );
  await project.drafts.save(JSON.stringify(state));
  return { source, quote };
}

describe('exporting a draft to Word', () => {
  it('contains the title, the chapter and question headings, the verbatim quote and the answer', async () => {
    const { project } = await openSample();
    const { quote } = await saveDraftWithQuote(project);

    const { text, html } = await read((await project.export.buildDocx({ unanswered: 'mark' })).bytes);

    expect(text).toContain(manifest.projectName);
    expect(text).toContain(template.title);
    const chapter2 = template.chapters.find((c) => c.number === 2)!;
    const q1 = template.questions.find((q) => q.number === 1)!;
    expect(elements(html, 'h2').some((h) => h.includes(chapter2.title))).toBe(true);
    expect(elements(html, 'h3').some((h) => h.includes('Question 1') && h.includes(q1.text))).toBe(true);

    expect(quoteText(quote)).toBe(PHRASE);
    expect(text).toContain(PHRASE);
    expect(text).toContain(ANSWER);
    // Reading order: question 1's heading, then its quote, then the answer, then question 2.
    const order = [q1.text, PHRASE, ANSWER, template.questions.find((q) => q.number === 2)!.text].map((s) =>
      text.indexOf(s),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("cites the quote's source in full, with author and long-form date, in a footnote and in the references", async () => {
    const { project } = await openSample();
    const { source } = await saveDraftWithQuote(project);
    const citation = fullCitation(source);
    expect(citation).toContain(WRITTEN_ANSWER.author!);
    expect(citation).toContain('25 March 2024');

    const { html } = await read((await project.export.buildDocx()).bytes);

    const footnotes = [...html.matchAll(/<li id="footnote-[^"]*">([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]!));
    expect(footnotes).toHaveLength(1);
    expect(footnotes[0]).toContain(citation);
    expect(elements(html, 'li').filter((li) => li.trim() === citation)).toHaveLength(1);
  });

  it('marks question headings as level-3 headings and chapters as level-2', async () => {
    const { project } = await openSample();
    await saveDraftWithQuote(project);
    const { html } = await read((await project.export.buildDocx({ unanswered: 'mark' })).bytes);

    const h3 = elements(html, 'h3');
    expect(h3).toHaveLength(22);
    expect(h3.every((h) => /^Question \d+:/.test(h))).toBe(true);
    expect(elements(html, 'h2').some((h) => h.includes('Other questions'))).toBe(true);
  });

  it('names the file after the project, as a .docx with no path separators', async () => {
    const { project } = await openSample();
    expect((await project.export.buildDocx()).fileName).toBe(`${manifest.projectName}.docx`);

    setMeta(project.db, 'name', 'Response 2022/23: draft\\final');
    const { fileName } = await project.export.buildDocx();
    expect(fileName).toMatch(/\.docx$/);
    expect(fileName).not.toMatch(/[\\/]/);
    expect(fileName).toContain('Response 2022');
  });
});

describe('exporting before any draft is saved', () => {
  it('with unanswered questions marked, still gives every one of the 22 questions a heading, in order', async () => {
    const { project } = await openSample();
    expect((await project.drafts.get()).content).toBeNull();

    const file = await project.export.buildDocx({ unanswered: 'mark' });
    const { html } = await read(file.bytes);
    const h3 = elements(html, 'h3');

    expect(h3).toHaveLength(22);
    h3.forEach((heading, i) => {
      const question = template.questions.find((q) => q.number === i + 1)!;
      expect(heading).toContain(`Question ${i + 1}`);
      expect(heading).toContain(question.text);
      // The draft's note on unverified wording is for the writer, not the reader of the response.
      expect(heading).toBe(`Question ${i + 1}: ${question.text}`);
    });
  });
});
