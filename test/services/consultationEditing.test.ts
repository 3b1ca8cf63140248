import { afterEach, describe, expect, it } from 'vitest';
import type { ThemeId } from '../../shared/ids.ts';
import { RemovedQuestionSchema } from '../../shared/domain/theme.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

const numbersAndTitles = async (project: Awaited<ReturnType<typeof openSample>>['project']) =>
  (await project.themes.getConsultation()).chapters.flatMap((c) => c.questions.map((q) => [q.number, q.title.slice(0, 20)]));

describe('editing the consultation', () => {
  it('adds a question at the end of a chapter and numbers every question afresh in reading order', async () => {
    const { project } = await openSample();
    const chapter2 = (await project.themes.getConsultation()).chapters[1]!;
    const after = await project.themes.addQuestion(chapter2.id, 'How should key workers be funded?', 'open');
    const questions = after.chapters.flatMap((c) => c.questions);
    expect(questions).toHaveLength(23);
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(questions[7]).toMatchObject({ number: 8, title: 'How should key workers be funded?', verified: true, wordLimit: 250 });
    expect(questions[8]!.title).toContain('Strengthening early years');
  });

  it('moves questions up and down within their chapter, and refuses to move past the ends', async () => {
    const { project } = await openSample();
    const q2 = await questionNumbered(project, 2);
    await project.themes.moveQuestion(q2.id as ThemeId, 'up');
    const titles = (await numbersAndTitles(project)).slice(0, 3);
    expect(titles).toEqual([[1, 'How should we develo'], [2, 'What key factors sho'], [3, 'What factors would e']]);
    const first = await questionNumbered(project, 1);
    await project.themes.moveQuestion(first.id as ThemeId, 'up');
    expect((await numbersAndTitles(project)).slice(0, 1)).toEqual([[1, 'How should we develo']]);
  });

  it('removes a question, unfiling its quotes, and undoes it exactly', async () => {
    const { project } = await openSample();
    const [source] = await project.sources.list();
    const q5 = await questionNumbered(project, 5);
    const quote = await project.quotes.create({ sourceId: source!.id, start: 0, end: 20, themeIds: [q5.id as ThemeId] });
    const before = await project.themes.getConsultation();
    const removed = await project.themes.removeQuestion(q5.id as ThemeId);
    expect((await project.themes.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(21);
    expect((await project.quotes.list({}))[0]!.themeIds).toEqual([]);
    expect((await questionNumbered(project, 5)).title).toContain('To what extent do you agree');
    await project.themes.restoreQuestion(RemovedQuestionSchema.parse(JSON.parse(JSON.stringify(removed))));
    expect(await project.themes.getConsultation()).toEqual(before);
    expect((await project.quotes.list({}))[0]!.themeIds).toEqual([q5.id]);
    expect(quote.id).toBeGreaterThan(0);
  });

  it('changes a question to agree/disagree with its own word limit', async () => {
    const { project } = await openSample();
    const q1 = await questionNumbered(project, 1);
    await project.themes.setAnswerType(q1.id as ThemeId, 'agree-scale', 400);
    expect(await questionNumbered(project, 1)).toMatchObject({ answerType: 'agree-scale', wordLimit: 400 });
  });
});
