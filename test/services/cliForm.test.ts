import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './cliHarness.ts';
import { paragraph, saveAnswers, words } from './answerDraft.ts';
import { allQuestions, cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

/**
 * The sample with question 1 answered (over a 10-word limit), question 2 skipped and question 3 given a short version
 * and its wording checked (the sample's other questions carry only their topic labels until checked).
 */
async function sample() {
  const { project, path } = await openSample();
  const [q1, q2, q3] = await Promise.all([1, 2, 3].map((n) => questionNumbered(project, n)));
  await saveAnswers(
    project,
    new Map([
      [q1!.id, [paragraph(`In our survey of 1,200 parents ${words(40)}`)]],
      [q3!.id, [paragraph(words(300))]],
    ]),
  );
  await project.consultation.setAnswerType(q1!.id, q1!.answerType, 10);
  await project.formSettings.setSkipped(q2!.id, true);
  await project.formSettings.setShortVersion(q3!.id, 'We propose that plans are reviewed every year.');
  await project.formSettings.setCharacterLimit(q3!.id, 500);
  await project.consultation.setQuestionWording(q3!.id, 'How often should plans be reviewed?');
  const count = (await allQuestions(project)).length;
  project.close();
  return { path, count };
}

describe('workbench form --json', () => {
  it('gives one object per question in the form’s order, with the text to paste, its counts and signals', async () => {
    const { path, count } = await sample();
    const { code, stdout, stderr } = await cli('form', path, '--json');
    expect(code, stderr).toBe(0);
    const form = JSON.parse(stdout) as Record<string, unknown>[];
    expect(form).toHaveLength(count);
    expect(form.map((f) => f['number'])).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(Object.keys(form[0]!)).toEqual([
      'number',
      'text',
      'words',
      'characters',
      'wordLimit',
      'characterLimit',
      'overLimit',
      'status',
      'signals',
      'title',
      'wordingVerified',
    ]);
    expect(form[0]!['title']).toMatch(/^What key factors should be considered when developing national standards/);
    expect(form[0]!['wordingVerified']).toBe(true);
    expect(form[7]).toMatchObject({
      title: 'Strengthening early years practice for the two-year-old progress check',
      wordingVerified: false,
    });
    expect(form[0]).toMatchObject({
      words: 46,
      wordLimit: 10,
      characterLimit: null,
      overLimit: true,
      status: 'answered',
      signals: { figures: true, examples: false, experience: false, solutions: false },
    });
    expect(form[1]).toMatchObject({ text: '', words: 0, status: 'skipped' });
    expect(form[2]).toEqual({
      number: 3,
      text: 'We propose that plans are reviewed every year.',
      words: 8,
      characters: 46,
      wordLimit: 250,
      characterLimit: 500,
      overLimit: false,
      status: 'brief',
      signals: { figures: false, examples: false, experience: false, solutions: true },
      title: 'How often should plans be reviewed?',
      wordingVerified: true,
    });
    expect(form[3]).toMatchObject({ text: '', status: 'unanswered' });
  });
});

describe('workbench form --txt', () => {
  it('prints each question’s counts, its wording (or topic while unchecked) and then exactly the text to paste', async () => {
    const { path } = await sample();
    const { code, stdout } = await cli('form', path, '--txt');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '== Question 3 (8 of 250 words, 46 of 500 characters; brief, short version)\n' +
        'Wording: How often should plans be reviewed?\n' +
        'We propose that plans are reviewed every year.',
    );
    expect(stdout).toMatch(
      /== Question 8 \([^)]*\)\nTopic \(wording not checked\): Strengthening early years practice/,
    );
    expect(stdout).toContain('== Question 1 (46 of 10 words, ');
    expect(stdout).toContain('OVER LIMIT');
    expect(stdout).toContain('== Question 2 (0 of 250 words, 0 characters; skipped)');
  });

  it('refuses both formats at once', async () => {
    const { path } = await sample();
    expect((await cli('form', path, '--json', '--txt')).code).toBe(2);
  });
});

describe('workbench check --readiness --json', () => {
  it('gives each question’s status and evidence signals, and names a skipped question', async () => {
    const { path } = await sample();
    const { stdout } = await cli('check', '--readiness', '--json', path);
    const report = JSON.parse(stdout) as {
      problems: { question: string | null; problem: string }[];
      answers: { question: string; status: string; signals: Record<string, boolean> }[];
    };
    expect(report.problems.filter((p) => p.question === '2')).toEqual([{ question: '2', problem: 'skipped' }]);
    expect(report.answers[0]).toEqual({
      question: '1',
      status: 'answered',
      signals: { figures: true, examples: false, experience: false, solutions: false },
    });
    expect(report.answers[1]).toMatchObject({ question: '2', status: 'skipped' });
  });
});
