import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './cliHarness.ts';
import { parseCsv, templateFromCsv, templateToCsv } from '../../shared/templates/templateCsv.ts';
import { cleanUp, open, openSample, tempDir } from './helpers.ts';

afterEach(cleanUp);

async function sampleFile() {
  const { project, path } = await openSample();
  const source = (await project.sources.list()).find((s) => s.publishedOn === '2024-03-25')!;
  const text = (await project.sources.get(source.id)).text;
  project.close();
  return { path, source, text };
}

describe('workbench quotes, questions and suggestions', () => {
  it('pulls a quote from the command line, lists it under its question, and suggests questions for it', async () => {
    const { path, source, text } = await sampleFile();
    const phrase =
      'a steering group to oversee a joint Department for Education and Department of Health and Social Care approach to SEND workforce planning';
    const start = text.indexOf(phrase);
    const made = await cli(
      'quote',
      path,
      String(source.id),
      '--start',
      String(start),
      '--end',
      String(start + phrase.length),
      '--question',
      '19',
      '--question',
      '21',
    );
    expect(made.code, made.stderr).toBe(0);
    const quoteId = made.out[0]!;
    expect(quoteId).toMatch(/^\d+$/);

    const listed = await cli('quotes', path, '--question', '21', '--json');
    const quotes = JSON.parse(listed.stdout) as { id: number; fragments: { text: string }[] }[];
    expect(quotes.map((q) => q.id)).toEqual([Number(quoteId)]);
    expect(quotes[0]!.fragments[0]!.text).toBe(phrase);
    // The printed JSON keeps its field name for the questions a quote is filed under, whatever the code calls it.
    expect(Object.keys(quotes[0]!)).toContain('themeIds');
    expect(Object.keys(quotes[0]!)).not.toContain('questionIds');
    expect(JSON.parse((await cli('quotes', path, '--question', '1', '--json')).stdout)).toEqual([]);

    const questions = JSON.parse((await cli('questions', path, '--json')).stdout) as {
      number: number;
      quotes: number;
    }[];
    expect(questions).toHaveLength(22);
    expect(questions.filter((q) => q.quotes > 0).map((q) => q.number)).toEqual([19, 21]);

    const suggested = JSON.parse((await cli('suggest', path, quoteId, '--json')).stdout) as {
      number: number;
      score: number;
    }[];
    expect(suggested.length).toBeGreaterThan(3);
    expect(suggested.map((s) => s.score)).toEqual([...suggested.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('refuses a range outside the source, an unknown question, and a missing quote, clearly', async () => {
    const { path, source, text } = await sampleFile();
    const outside = await cli('quote', path, String(source.id), '--start', '10', '--end', String(text.length + 5));
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/is outside/);
    const noQuestion = await cli('quote', path, String(source.id), '--start', '0', '--end', '10', '--question', '99');
    expect(noQuestion.code).toBe(2);
    expect(noQuestion.stderr).toContain('There is no question 99');
    expect((await cli('suggest', path, '4242')).stderr).toContain('There is no quote 4242');
    expect(JSON.parse((await cli('quotes', path, '--json')).stdout)).toEqual([]);
  });
});

describe('consultation templates as JSON and CSV', () => {
  it('round-trips question text with commas, quotes and line breaks through CSV', () => {
    const template = {
      id: 't',
      title: 'Tricky',
      answer_word_limit: 300,
      chapters: [{ number: 1, title: 'Money, "funding" and more' }],
      questions: [
        {
          number: 1,
          chapter: 1,
          text: 'Do you agree, or "strongly" agree?\nExplain.',
          verified: true,
          answer_type: 'agree/disagree scale',
        },
        { number: 2, chapter: null, text: 'Anything else?', verified: true, answer_type: 'open text' },
      ],
    };
    const csv = templateToCsv(template);
    expect(parseCsv(csv)[1]).toEqual([
      '1: Money, "funding" and more',
      '1',
      'Do you agree, or "strongly" agree?\nExplain.',
      'agree/disagree scale',
      '300',
    ]);
    const back = templateFromCsv(csv, 'Tricky');
    expect(back.questions.map((q) => [q.number, q.chapter, q.text, q.answer_type])).toEqual([
      [1, 1, 'Do you agree, or "strongly" agree?\nExplain.', 'agree/disagree scale'],
      [2, null, 'Anything else?', 'open text'],
    ]);
    expect(back.chapters).toEqual([{ number: 1, title: 'Money, "funding" and more' }]);
    // Each row carries its own limit, so a question can have a limit of its own.
    expect(back.questions.map((q) => q.word_limit)).toEqual([300, 300]);
  });

  it('exports a project consultation and imports it into another project, JSON and CSV alike', async () => {
    const { path } = await sampleFile();
    const dir = tempDir();
    for (const format of ['json', 'csv']) {
      const file = join(dir, `green-paper.${format}`);
      expect((await cli('template', 'export', path, file)).code).toBe(0);
      const target = join(dir, `other-${format}.cwb`);
      expect((await cli('new', target, '--template', 'send-review-key-areas')).code).toBe(0);
      const imported = await cli('template', 'import', target, file);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.out).toEqual(['imported 22 questions']);
      const project = open(target);
      const questions = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
      expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
      expect(questions.find((q) => q.number === 6)!.answerType).toBe('agree-scale');
      if (format === 'json') expect(questions.find((q) => q.number === 8)!.verified).toBe(false);
      project.close();
    }
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"title": 3}');
    const refused = await cli('template', 'import', path, broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not a consultation the app can read');
    expect(readFileSync(broken, 'utf8')).toBe('{"title": 3}');
  });

  it('will not replace a consultation whose questions have quotes filed under them', async () => {
    const { project, path } = await openSample();
    const [source] = await project.sources.list();
    const q = (await project.consultation.getConsultation()).chapters[1]!.questions[0]!;
    await project.quotes.create({ sourceId: source!.id, start: 0, end: 10, questionIds: [q.id] });
    await expect(project.consultation.replaceWithTemplate(await project.consultation.exportTemplate())).rejects.toThrow(
      /1 quote is filed under the current questions; move it before/,
    );
    expect((await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(22);
    project.close();
    expect(path).toBeTruthy();
  });
});

describe('the SEND Review key areas template', () => {
  it('starts a project whose themes are the five key areas and the three areas of focus', async () => {
    const path = join(tempDir(), 'areas.cwb');
    expect((await cli('new', path, '--template', 'send-review-key-areas')).code).toBe(0);
    const project = open(path);
    const consultation = await project.consultation.getConsultation();
    expect(consultation.chapters.map((c) => c.questions.length)).toEqual([5, 3]);
    expect(consultation.chapters[0]!.questions.map((q) => q.title)).toEqual([
      'Ambitious outcomes',
      'Parental confidence',
      'Needs met at the right time and in the right place',
      'Building capacity',
      'Local performance',
    ]);
    project.close();
  });
});
