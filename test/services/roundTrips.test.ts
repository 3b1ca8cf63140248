import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionId, SourceId } from '../../shared/ids.ts';
import { quoteText } from '../../shared/domain/quoteText.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import {
  allQuestions,
  cleanUp,
  count,
  open,
  openSample,
  questionNumbered,
  readManifest,
  readSampleFile,
  readTemplate,
  sourceTitled,
} from './helpers.ts';

afterEach(cleanUp);

const manifest = readManifest();
const manifestSource = (file: string) => {
  const s = manifest.sources.find((m) => m.file === file);
  if (!s) throw new Error(`${file} is not in the sample manifest`);
  return s;
};
const BLOG = manifestSource('hinds-adcs-speech-blog-2018.txt');

describe('sources', () => {
  it('the sample project lists the five manifest sources with their metadata', async () => {
    const { project } = await openSample();
    const listed = await project.sources.list();

    expect(listed).toHaveLength(5);
    expect(listed.map((s) => s.title).sort()).toEqual(manifest.sources.map((s) => s.title).sort());
    for (const m of manifest.sources) {
      const s = listed.find((l) => l.title === m.title);
      expect(s).toMatchObject({ author: m.author, publishedOn: m.publishedOn, url: m.url, kind: m.kind });
    }
  });

  it("getSource returns each file's text exactly", async () => {
    const { project } = await openSample();
    for (const m of manifest.sources) {
      const expected = readSampleFile(m.file)
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n');
      const source = await sourceTitled(project, m.title);
      expect(source.text).toBe(expected);
      expect(source.text.length).toBeGreaterThan(100);
    }
  });

  it('stores imported text without a byte-order mark and with LF line endings', async () => {
    const { project } = await openSample();
    const id = await project.sources.importText(
      { title: 'Windows notes', author: null, publishedOn: null, url: null, kind: 'other' },
      '\uFEFFFirst line\r\nSecond line\rThird line\r\n',
    );
    expect((await project.sources.get(id)).text).toBe('First line\nSecond line\nThird line\n');
  });

  it('refuses the same text twice with a conflict, and keeps one copy', async () => {
    const { project } = await openSample();
    const before = await project.sources.list();
    const again = { ...BLOG, title: 'The same blog post, renamed' };

    const attempt = project.sources.importText(again, readSampleFile(BLOG.file));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    // Only the line endings differ: still the same text.
    await expect(
      project.sources.importText(again, readSampleFile(BLOG.file).replace(/\n/g, '\r\n')),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await project.sources.list()).toEqual(before);
  });
});

describe('consultation', () => {
  it('has the 22 template questions, numbered 1 to 22 in reading order', async () => {
    const { project } = await openSample();
    const questions = await allQuestions(project);
    const template = readTemplate();

    expect(questions).toHaveLength(22);
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    for (const q of questions) {
      const t = template.questions.find((tq) => tq.number === q.number)!;
      expect(q.title).toBe(t.text);
      expect(q.verified).toBe(t.verified);
    }
    expect(questions.filter((q) => !q.verified).length).toBeGreaterThan(0);
  });

  it('puts the chapterless question 22 in an "Other questions" group at the end', async () => {
    const { project } = await openSample();
    const { chapters } = await project.consultation.getConsultation();
    const last = chapters.at(-1)!;
    expect(last.title).toBe('Other questions');
    expect(last.questions.map((q) => q.number)).toEqual([22]);
  });
});

describe('quotes', () => {
  // Curly apostrophes and an en dash: offsets must stay exact beyond ASCII.
  const PHRASE = '‘SEND is a huge priority for my department – and we’ll be saying more';

  async function setUp() {
    const sample = await openSample();
    const source = await sourceTitled(sample.project, BLOG.title);
    const start = source.text.indexOf(PHRASE);
    expect(start).toBeGreaterThan(0);
    return { ...sample, source, start, end: start + PHRASE.length };
  }

  it("stores exactly the selected slice of the source's text", async () => {
    const { project, source, start, end } = await setUp();
    const q1 = await questionNumbered(project, 1);

    const quote = await project.quotes.create({ sourceId: source.id, start, end, questionIds: [q1.id] });

    expect(quote.sourceId).toBe(source.id);
    expect(quote.fragments).toHaveLength(1);
    expect(quote.fragments[0]).toMatchObject({ start, end, text: source.text.slice(start, end) });
    expect(quoteText(quote)).toBe(PHRASE);
    expect(quote.questionIds).toEqual([q1.id]);
  });

  it("raises the question's quote count and survives closing and reopening", async () => {
    const { project, path, source, start, end } = await setUp();
    const q1 = await questionNumbered(project, 1);
    expect(q1.quoteCount).toBe(0);

    const created = await project.quotes.create({ sourceId: source.id, start, end, questionIds: [q1.id] });
    expect((await questionNumbered(project, 1)).quoteCount).toBe(1);
    expect((await questionNumbered(project, 2)).quoteCount).toBe(0);

    project.close();
    const reopened = open(path);
    expect((await questionNumbered(reopened, 1)).quoteCount).toBe(1);
    expect(await reopened.quotes.list({ questionId: q1.id })).toEqual([created]);
    expect(await reopened.quotes.list({ sourceId: source.id })).toEqual([created]);
  });

  it.each([
    ['ends beyond the text', (len: number) => ({ start: len - 5, end: len + 1 }), 'invalid-input'],
    ['ends before it starts', () => ({ start: 20, end: 10 }), 'invalid-input'],
  ])('rejects a selection that %s and stores nothing', async (_label, range, code) => {
    const { project, source } = await setUp();
    const attempt = project.quotes.create({ sourceId: source.id, ...range(source.text.length), questionIds: [] });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code, message: expect.stringContaining(source.title) });
    expect(count(project, 'quotes')).toBe(0);
    expect(count(project, 'quote_fragments')).toBe(0);
  });

  it('rejects a selection of only white space and stores nothing', async () => {
    const { project, source } = await setUp();
    const blank = source.text.indexOf('\n\n');
    expect(blank).toBeGreaterThanOrEqual(0);
    const attempt = project.quotes.create({ sourceId: source.id, start: blank, end: blank + 2, questionIds: [] });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/white ?space/i),
    });
    expect(count(project, 'quotes')).toBe(0);
  });

  it('rejects an unknown question id and stores neither the quote nor any link', async () => {
    const { project, source, start, end } = await setUp();
    const q1 = await questionNumbered(project, 1);
    const attempt = project.quotes.create({
      sourceId: source.id,
      start,
      end,
      questionIds: [q1.id, 9999 as QuestionId],
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'not-found' });
    expect(count(project, 'quotes')).toBe(0);
    expect(count(project, 'quote_themes')).toBe(0);
    expect((await questionNumbered(project, 1)).quoteCount).toBe(0);
  });

  it('rejects an unknown source with not-found', async () => {
    const { project } = await setUp();
    await expect(
      project.quotes.create({ sourceId: 9999 as SourceId, start: 0, end: 5, questionIds: [] }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(count(project, 'quotes')).toBe(0);
  });
});

describe('drafts', () => {
  async function draftWithAnswer(project: Awaited<ReturnType<typeof openSample>>['project'], answer: string) {
    const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
      root: { children: { type: string; children: unknown[] }[] };
    };
    const paragraph = state.root.children.find((n) => n.type === 'paragraph')!;
    paragraph.children.push({
      type: 'text',
      version: 1,
      text: answer,
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
    });
    return JSON.stringify(state);
  }

  it('a new project has no draft yet', async () => {
    const { project } = await openSample();
    expect(await project.drafts.get()).toEqual({ content: null, updatedAt: null });
  });

  it('returns exactly the saved content after closing and reopening', async () => {
    const { project, path } = await openSample();
    const content = await draftWithAnswer(project, 'Our answer – with “quotes” and ’apostrophes’.');
    const { updatedAt } = await project.drafts.save(content);

    project.close();
    const reopened = open(path);
    expect(await reopened.drafts.get()).toEqual({ content, updatedAt });
  });

  it.each([
    ['not JSON', '{"root": '],
    ['JSON that is not an editor state', JSON.stringify({ hello: 'world' })],
    ['a root that is not a root node', JSON.stringify({ root: { type: 'paragraph', children: [] } })],
  ])('rejects %s and keeps the previous draft', async (_label, bad) => {
    const { project, path } = await openSample();
    const content = await draftWithAnswer(project, 'The answer we must not lose.');
    const saved = await project.drafts.save(content);

    const attempt = project.drafts.save(bad);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-input' });

    project.close();
    expect(await open(path).drafts.get()).toEqual({ content, updatedAt: saved.updatedAt });
  });
});
