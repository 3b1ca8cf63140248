import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/workbench.ts';
import type { SourceId } from '../../shared/ids.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import { allQuestions, cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

type Node = { type: string; $?: Record<string, unknown>; [key: string]: unknown };

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const paragraph = (value: string): Node => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' }],
});

/** The sample with question 21 answered at length with a quote whose stored text has since been altered. */
async function sampleWithAnswer() {
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
  project.db
    .prepare('UPDATE quote_fragments SET text = ? WHERE quote_id = ?')
    .run('Words the source never said', quote.id);
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: Node[] };
  };
  const at = state.root.children.findIndex((n) => n.$?.[QUESTION_STATE_KEY] === q21.id);
  state.root.children.splice(
    at + 1,
    0,
    {
      type: SOURCE_QUOTE_TYPE,
      version: 1,
      quoteId: quote.id,
      sourceId: source.id,
      text: phrase,
      citation: source.title,
    },
    paragraph(words(40)),
  );
  await project.drafts.save(JSON.stringify(state));
  return { project, path, q21, quote };
}

describe('readiness check', () => {
  it('finds the altered quote, the unanswered questions and the missing respondent details', async () => {
    const { project, q21, quote } = await sampleWithAnswer();
    const { problems } = await project.readiness.check('2022-07-01');
    const questions = await allQuestions(project);
    expect(problems.filter((p) => p.question === '21')).toEqual([
      { question: '21', problem: 'quote-mismatch', questionId: q21.id, quoteIds: [quote.id] },
    ]);
    expect(problems.filter((p) => p.problem === 'unanswered')).toHaveLength(questions.length - 1);
    expect(problems.filter((p) => p.problem === 'unverified-wording')).toHaveLength(
      questions.filter((q) => !q.verified).length,
    );
    expect(problems).toContainEqual(expect.objectContaining({ question: null, problem: 'missing-respondent' }));
    expect(problems).toContainEqual({ question: null, problem: 'empty-part', detail: 'About us' });
  });

  it('prints JSON from workbench check --readiness, and exits 1 while anything needs doing', async () => {
    const { project, path } = await sampleWithAnswer();
    project.close();
    const out: string[] = [];
    const code = await main(['check', '--readiness', '--json', path], { out: (s) => out.push(s), err: () => {} });
    expect(code).toBe(1);
    const report = JSON.parse(out.join('\n')) as {
      problems: { question: string | null; problem: string }[];
      closingDate: string | null;
      daysLeft: number | null;
    };
    expect(Object.keys(report)).toEqual(['problems', 'closingDate', 'daysLeft', 'answers']);
    expect(report.problems).toContainEqual({ question: '21', problem: 'quote-mismatch' });
    expect(report.problems).toContainEqual({ question: null, problem: 'empty-part' });
    expect(report.closingDate === null ? report.daysLeft : typeof report.daysLeft).toBe(
      report.closingDate === null ? null : 'number',
    );
  });

  it('says in words from workbench check --readiness that the Green Paper has closed, not "-N days left"', async () => {
    const { project, path } = await sampleWithAnswer();
    project.close();
    const out: string[] = [];
    await main(['check', '--readiness', path], { out: (s) => out.push(s), err: () => {} });
    expect(out.at(-1)).toMatch(/^Closed 22 July 2022, [\d,]+ days? ago\.$/);
  });
});
