import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionId, SourceId } from '../../shared/ids.ts';
import { NO_RESPONSE } from '../../shared/draft/sendable.ts';
import { docxPart, styledParagraphs } from './docxPart.ts';
import { link, list, paragraph, quote, saveAnswers, text, words, type Node } from './answerDraft.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

const PHRASE = 'Change Programme which was launched in September 2023';

/** The sample with question 1 answered in full: a paragraph, a list, a link and a quotation from a written answer. */
async function answeredSample() {
  const { project, path } = await openSample();
  const source = (await project.sources.list()).find((s) => s.publishedOn === '2024-03-25')!;
  const sourceText = (await project.sources.get(source.id as SourceId)).text;
  const start = sourceText.indexOf(PHRASE);
  const [q1, q2, q3] = await Promise.all([1, 2, 3].map((n) => questionNumbered(project, n)));
  const made = await project.quotes.create({
    sourceId: source.id,
    start,
    end: start + PHRASE.length,
    questionIds: [q1!.id],
  });
  const full: Node[] = [
    paragraph(
      'As a parent I waited ',
      text('two years', 1),
      ' for a plan, and ',
      link('https://example.org/s', 'our survey'),
      ' agrees.',
    ),
    list(false, 'Funding should follow the child', 'Publish the formula'),
    quote(made.id, source.id, PHRASE, 'saved citation'),
    paragraph(words(40)),
  ];
  await saveAnswers(
    project,
    new Map([
      [q1!.id, full],
      [q3!.id, [paragraph('Yes.')]],
    ]),
  );
  return { project, path, q1: q1!, q2: q2!, q3: q3!, source };
}

const docxText = async (bytes: Uint8Array) =>
  styledParagraphs(docxPart(bytes, 'word/document.xml')!)
    .map((p) => p.text)
    .join('\n');

describe('the form text of an answer', () => {
  it('gives paragraphs, lists as lines, links with their address and the quotation with an inline reference', async () => {
    const { project, q1, source } = await answeredSample();
    const [first] = await project.form.answers();
    expect(first!.questionId).toBe(q1.id);
    expect(first!.text).toBe(
      [
        'As a parent I waited two years for a plan, and our survey (https://example.org/s) agrees.',
        '- Funding should follow the child\n- Publish the formula',
        `“${PHRASE}” (${source.author} written answer, 25 March 2024)`,
        words(40),
      ].join('\n\n'),
    );
    expect(first!.text).not.toContain('saved citation');
    expect(first!.words).toBe(first!.text.match(/\S+/g)!.length);
    expect(first!.characters).toBe(first!.text.length);
    expect(first!.status).toBe('answered');
  });

  it('gives every question in the form’s order, with its status', async () => {
    const { project, q1, q2, q3 } = await answeredSample();
    const answers = await project.form.answers();
    expect(answers.slice(0, 3).map((a) => [a.questionId, a.status])).toEqual([
      [q1.id, 'answered'],
      [q2.id, 'unanswered'],
      [q3.id, 'brief'],
    ]);
    expect(answers.map((a) => a.number)).toEqual([...answers.map((a) => a.number)].sort((a, b) => a! - b!));
  });

  it('carries the evidence signals of the answer, quotations included, and not of the references', async () => {
    const { project } = await answeredSample();
    const [first, , third] = await project.form.answers();
    expect(first!.signals.figures.triggers).toEqual(['two years']);
    expect(first!.signals.experience.found).toBe(true);
    expect(first!.signals.solutions.triggers).toEqual(['should']);
    expect(third!.signals.figures.found).toBe(false);
  });

  it('flags an answer over its word limit or the character limit set for its box', async () => {
    const { project, q1 } = await answeredSample();
    await project.consultation.setAnswerType(q1.id, q1.answerType, 20);
    expect((await project.form.answers())[0]).toMatchObject({ wordLimit: 20, overLimit: true });
    await project.consultation.setAnswerType(q1.id, q1.answerType, null);
    expect((await project.form.answers())[0]).toMatchObject({ overLimit: false, characterLimit: null });
    await project.formSettings.setCharacterLimit(q1.id, 100);
    expect((await project.form.answers())[0]).toMatchObject({ characterLimit: 100, overLimit: true });
    expect((await project.readiness.check()).problems).toContainEqual({
      question: '1',
      problem: 'over-limit',
      questionId: q1.id,
    });
  });
});

describe('a short (form-length) version', () => {
  it('is what the form gets, while the Word file keeps the full answer', async () => {
    const { project, q1 } = await answeredSample();
    await project.formSettings.setShortVersion(
      q1.id,
      'Plans take too long; the Department should publish the formula.',
    );
    const [first] = await project.form.answers();
    expect(first).toMatchObject({
      text: 'Plans take too long; the Department should publish the formula.',
      shortVersion: true,
      words: 10,
    });
    const word = await docxText((await project.export.buildDocx()).bytes);
    expect(word).toContain('As a parent I waited two years');
    expect(word).not.toContain('Plans take too long');
  });

  it('is counted against the limit instead of the full answer', async () => {
    const { project, q1 } = await answeredSample();
    await project.consultation.setAnswerType(q1.id, q1.answerType, 20);
    await project.formSettings.setShortVersion(q1.id, words(20));
    expect((await project.form.answers())[0]!.overLimit).toBe(false);
    expect((await project.readiness.check()).problems).not.toContainEqual({
      question: '1',
      problem: 'over-limit',
      questionId: q1.id,
    });
  });

  it('can start from the full answer’s form text, and an empty one gives the full answer back', async () => {
    const { project, q1 } = await answeredSample();
    const full = await project.form.fullText(q1.id);
    expect(full).toBe((await project.form.answers())[0]!.text);
    await project.formSettings.setShortVersion(q1.id, 'Short.');
    await project.formSettings.setShortVersion(q1.id, '');
    expect((await project.form.answers())[0]).toMatchObject({ text: full, shortVersion: false });
  });

  it('is undone by setting back what the change gives as previous', async () => {
    const { project, q1 } = await answeredSample();
    await project.formSettings.setShortVersion(q1.id, 'First.');
    const change = await project.formSettings.setShortVersion(q1.id, 'Second.');
    expect(change.previous.shortText).toBe('First.');
    await project.formSettings.setShortVersion(change.previous.questionId, change.previous.shortText);
    expect((await project.formSettings.get(q1.id)).shortText).toBe('First.');
  });

  it('is found by search', async () => {
    const { project, q1 } = await answeredSample();
    await project.formSettings.setShortVersion(q1.id, 'Tribunals are costly for councils.');
    const hits = await project.formSettings.searchShortVersions('tribunal');
    expect(hits.map((h) => h.questionId)).toEqual([q1.id]);
    expect(hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Tribunals']);
    await project.formSettings.setShortVersion(q1.id, 'Something else.');
    expect(await project.formSettings.searchShortVersions('tribunal')).toEqual([]);
  });

  it('is found by a prefix shorter than a whole word, as sources are (educat* finds "education")', async () => {
    const { project, q1 } = await answeredSample();
    await project.formSettings.setShortVersion(q1.id, 'Education, health and care plans take too long.');
    expect((await project.formSettings.searchShortVersions('educat*')).map((h) => h.questionId)).toEqual([q1.id]);
  });

  it('refuses a question that is not in the consultation, changing nothing', async () => {
    const { project } = await answeredSample();
    await expect(project.formSettings.setShortVersion(99_999 as QuestionId, 'x')).rejects.toThrow(/no longer/);
    expect(await project.formSettings.list()).toEqual([]);
  });
});

describe('a question marked "not answering"', () => {
  it('sends nothing to the form, is "skipped" in the readiness check, and is left out of the Word file', async () => {
    const { project, q3 } = await answeredSample();
    await project.formSettings.setSkipped(q3.id, true);
    expect((await project.form.answers())[2]).toMatchObject({ status: 'skipped', text: '', words: 0 });
    const problems = (await project.readiness.check()).problems.filter((p) => p.question === '3');
    expect(problems).toEqual([{ question: '3', problem: 'skipped', questionId: q3.id }]);
    const word = await docxText((await project.export.buildDocx()).bytes);
    expect(word).not.toContain(`Question 3:`);
    expect(word).not.toContain('Yes.');
  });

  it('is marked "No response to this question." when the export marks unanswered questions', async () => {
    const { project, q3 } = await answeredSample();
    await project.formSettings.setSkipped(q3.id, true);
    const word = await docxText((await project.export.buildDocx({ unanswered: 'mark' })).bytes);
    const lines = word.split('\n');
    expect(lines[lines.findIndex((l) => l.startsWith('Question 3:')) + 1]).toBe(NO_RESPONSE);
  });
});

describe('the export’s choice for unanswered questions', () => {
  it('is remembered per project once chosen', async () => {
    const { project, path } = await answeredSample();
    expect(project.formSettings.unansweredChoice()).toBe('omit');
    await project.export.buildDocx({ unanswered: 'mark' });
    project.close();
    const { openProject } = await import('../../electron/services/project/projectServices.ts');
    const reopened = openProject(path);
    try {
      expect(reopened.formSettings.unansweredChoice()).toBe('mark');
      expect(await docxText((await reopened.export.buildDocx()).bytes)).toContain(NO_RESPONSE);
      reopened.formSettings.setUnansweredChoice('omit');
      expect(await docxText((await reopened.export.buildDocx()).bytes)).not.toContain(NO_RESPONSE);
    } finally {
      reopened.close();
    }
  });
});
