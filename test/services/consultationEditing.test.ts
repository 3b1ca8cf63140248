import { afterEach, describe, expect, it } from 'vitest';
import type { ChapterId } from '../../shared/ids.ts';
import type { Consultation } from '../../shared/domain/consultation.ts';
import { ConsultationSnapshotSchema, RemovedQuestionSchema } from '../../shared/domain/consultationSnapshot.ts';
import { createHandlers } from '../../electron/services/api/handlers.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

const numbersAndTitles = async (project: Awaited<ReturnType<typeof openSample>>['project']) =>
  (await project.consultation.getConsultation()).chapters.flatMap((c) =>
    c.questions.map((q) => [q.number, q.title.slice(0, 20)]),
  );

describe('editing the consultation', () => {
  it('adds a question at the end of a chapter and numbers every question afresh in reading order', async () => {
    const { project } = await openSample();
    const chapter2 = (await project.consultation.getConsultation()).chapters[1]!;
    const after = await project.consultation.addQuestion(chapter2.id, 'How should key workers be funded?', 'open');
    const questions = after.chapters.flatMap((c) => c.questions);
    expect(questions).toHaveLength(23);
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(questions[7]).toMatchObject({
      number: 8,
      title: 'How should key workers be funded?',
      verified: true,
      wordLimit: 250,
    });
    expect(questions[8]!.title).toContain('Strengthening early years');
  });

  it('moves questions up and down within their chapter, and refuses to move past the ends', async () => {
    const { project } = await openSample();
    const q2 = await questionNumbered(project, 2);
    await project.consultation.moveQuestion(q2.id, 'up');
    const titles = (await numbersAndTitles(project)).slice(0, 3);
    expect(titles).toEqual([
      [1, 'How should we develo'],
      [2, 'What key factors sho'],
      [3, 'What factors would e'],
    ]);
    const first = await questionNumbered(project, 1);
    await project.consultation.moveQuestion(first.id, 'up');
    expect((await numbersAndTitles(project)).slice(0, 1)).toEqual([[1, 'How should we develo']]);
  });

  it('removes a question, unfiling its quotes, and undoes it exactly', async () => {
    const { project } = await openSample();
    const [source] = await project.sources.list();
    const q5 = await questionNumbered(project, 5);
    const quote = await project.quotes.create({
      sourceId: source!.id,
      start: 0,
      end: 20,
      questionIds: [q5.id],
    });
    const before = await project.consultation.getConsultation();
    const removed = await project.consultation.removeQuestion(q5.id);
    expect((await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(21);
    expect((await project.quotes.list({}))[0]!.questionIds).toEqual([]);
    expect((await questionNumbered(project, 5)).title).toContain('To what extent do you agree');
    await project.consultation.restoreQuestion(RemovedQuestionSchema.parse(JSON.parse(JSON.stringify(removed))));
    expect(await project.consultation.getConsultation()).toEqual(before);
    expect((await project.quotes.list({}))[0]!.questionIds).toEqual([q5.id]);
    expect(quote.id).toBeGreaterThan(0);
  });

  it('changes a question to agree/disagree with its own word limit', async () => {
    const { project } = await openSample();
    const q1 = await questionNumbered(project, 1);
    await project.consultation.setAnswerType(q1.id, 'agree-scale', 400);
    expect(await questionNumbered(project, 1)).toMatchObject({ answerType: 'agree-scale', wordLimit: 400 });
  });
});

describe('chapters, places and whole consultations', () => {
  const handlersFor = (project: Awaited<ReturnType<typeof openSample>>['project']) =>
    createHandlers(project, {
      templates: templatesIn('resources'),
      deliverFile: async () => ({ status: 'cancelled' }),
    });
  const questionTexts = (c: Consultation) =>
    c.chapters.map((ch) => [ch.number, ch.title, ch.questions.map((q) => `${q.number} ${q.title.slice(0, 12)}`)]);

  it('moves a question past the top of its chapter into the end of the chapter before, by keyboard', async () => {
    const { project } = await openSample();
    const before = await project.consultation.getConsultation();
    const firstOfChapter2 = before.chapters[1]!.questions[0]!;
    const after = await project.consultation.moveQuestion(firstOfChapter2.id, 'up');
    expect(after.chapters[0]!.questions.at(-1)!.id).toBe(firstOfChapter2.id);
    expect(after.chapters[0]!.questions).toHaveLength(before.chapters[0]!.questions.length + 1);
    // Numbering follows reading order, so it keeps its number here.
    expect(after.chapters.flatMap((c) => c.questions.map((q) => q.number))).toEqual(
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
    const back = await project.consultation.moveQuestion(firstOfChapter2.id, 'down');
    expect(questionTexts(back)).toEqual(questionTexts(before));
  });

  it('places a dragged question into another chapter at the place it was dropped, numbering afresh', async () => {
    const { project } = await openSample();
    const before = await project.consultation.getConsultation();
    const [from, chapter3] = before.chapters.filter((c) => c.questions.length > 1);
    const q1 = from!.questions[0]!;
    const after = await project.consultation.placeQuestion(q1.id, chapter3!.id, 1);
    const moved = after.chapters.find((c) => c.id === chapter3!.id)!.questions;
    expect(moved[1]!.id).toBe(q1.id);
    expect(moved[0]!.id).toBe(chapter3!.questions[0]!.id);
    expect(after.chapters.find((c) => c.id === from!.id)!.questions).toHaveLength(from!.questions.length - 1);
    expect(after.chapters.flatMap((c) => c.questions.map((q) => q.number))).toEqual(
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
    await expect(project.consultation.placeQuestion(q1.id, 99_999 as ChapterId, 0)).rejects.toThrow(
      'chapter is no longer',
    );
  });

  it('adds a chapter before the closing "other questions" group, renames it, and removes it only when empty, with undo', async () => {
    const { project } = await openSample();
    const before = await project.consultation.getConsultation();
    const added = await project.consultation.addChapter('  Transport to school ');
    const titles = added.chapters.map((c) => [c.number, c.title]);
    expect(titles.at(-2)).toEqual([before.chapters.at(-2)!.number! + 1, 'Transport to school']);
    expect(titles.at(-1)).toEqual([null, 'Other questions']);
    const chapter = added.chapters.at(-2)!;
    await project.consultation.renameChapter(chapter.id, 'Home to school transport');
    await project.consultation.addQuestion(chapter.id, 'Should transport be funded?', 'yes-no');
    await expect(project.consultation.removeChapter(chapter.id)).rejects.toThrow(
      'still has 1 question; move or remove it first',
    );
    const [q] = (await project.consultation.getConsultation()).chapters.at(-2)!.questions;
    await project.consultation.removeQuestion(q!.id);
    const withoutQuestion = await project.consultation.getConsultation();
    const { removed, consultation } = await project.consultation.removeChapter(chapter.id);
    expect(consultation.chapters.map((c) => c.title)).toEqual(before.chapters.map((c) => c.title));
    expect(await project.consultation.restoreChapter(removed)).toEqual(withoutQuestion);
  });

  it("undoing a chapter's removal puts back its summary, which suggestions read, not only its title", async () => {
    const { project } = await openSample();
    const chapter = (await project.consultation.getConsultation()).chapters[0]!;
    const summaryOf = async () =>
      (await project.consultation.exportTemplate()).chapters.find((c) => c.title === chapter.title)?.summary;
    const summary = await summaryOf();
    expect(summary).toBeTruthy();
    for (const q of chapter.questions) await project.consultation.removeQuestion(q.id);
    const { removed } = await project.consultation.removeChapter(chapter.id);
    await project.consultation.restoreChapter(removed);
    expect(await summaryOf()).toBe(summary);
  });

  it("undoing a question's removal puts back its topic, which suggestions read, not only its wording", async () => {
    const { project } = await openSample();
    const withTopic = (await project.consultation.exportTemplate()).questions.find((q) => q.topic);
    expect(withTopic).toBeDefined();
    const question = await questionNumbered(project, withTopic!.number);
    const topicOf = async () =>
      (await project.consultation.exportTemplate()).questions.find((q) => q.text === question.title)?.topic;
    const removed = await project.consultation.removeQuestion(question.id);
    expect(await topicOf()).toBeUndefined();
    // As the renderer sends it back: through JSON and the IPC schema.
    await project.consultation.restoreQuestion(RemovedQuestionSchema.parse(JSON.parse(JSON.stringify(removed))));
    expect(await topicOf()).toBe(withTopic!.topic);
  });

  it('keeps the title, department and closing date, and clears the ones left blank', async () => {
    const { project } = await openSample();
    const set = await project.consultation.setDetails({
      title: ' SEND and AP green paper ',
      department: 'DfE',
      deadline: '2022-07-22',
    });
    expect(set).toMatchObject({ title: 'SEND and AP green paper', department: 'DfE', deadline: '2022-07-22' });
    const cleared = await project.consultation.setDetails({
      title: 'SEND and AP green paper',
      department: '  ',
      deadline: null,
    });
    expect(cleared).toMatchObject({ department: null, deadline: null });
  });

  it('starts again from a blank consultation, unfiling quotes, and undoes it exactly', async () => {
    const { project } = await openSample();
    const handlers = handlersFor(project);
    const [source] = await project.sources.list();
    const q5 = await questionNumbered(project, 5);
    await project.quotes.create({ sourceId: source!.id, start: 0, end: 20, questionIds: [q5.id] });
    const before = await project.consultation.getConsultation();
    const { consultation, previous } = await handlers.replaceConsultation({
      origin: { kind: 'template', id: 'blank' },
    });
    expect(consultation.chapters.map((c) => [c.title, c.questions.length])).toEqual([['Questions', 0]]);
    expect(consultation.title).toBe('Untitled consultation');
    expect((await project.quotes.list({}))[0]!.questionIds).toEqual([]);
    // The undo travels through IPC as JSON, so it must survive that and the contract's schema.
    const restored = await handlers.restoreConsultation({
      previous: ConsultationSnapshotSchema.parse(JSON.parse(JSON.stringify(previous))),
    });
    expect(restored).toEqual(before);
    expect((await project.quotes.list({}))[0]!.questionIds).toEqual([q5.id]);
  });

  it('exports the consultation as JSON and CSV and reads both back with word limits, answer types and closing date', async () => {
    const { project } = await openSample();
    const delivered: { fileName: string; bytes: Uint8Array }[] = [];
    const handlers = createHandlers(project, {
      templates: templatesIn('resources'),
      deliverFile: async (file) => (delivered.push(file), { status: 'saved', path: file.fileName }),
    });
    await project.consultation.setDetails({
      title: 'SEND Review',
      department: 'Department for Education',
      deadline: '2022-07-22',
    });
    await project.consultation.setAnswerType((await questionNumbered(project, 3)).id, 'yes-no', 400);
    const before = await project.consultation.getConsultation();
    const shape = (c: Consultation) =>
      c.chapters.map((ch) => [
        ch.title,
        ch.questions.map((q) => [q.number, q.title, q.answerType, q.wordLimit, q.verified]),
      ]);
    for (const format of ['json', 'csv'] as const) {
      await handlers.exportConsultation({ format });
      const file = delivered.at(-1)!;
      expect(file.fileName).toBe(`SEND Review (questions).${format}`);
      await handlers.replaceConsultation({ origin: { kind: 'template', id: 'blank' } });
      const { consultation } = await handlers.replaceConsultation({
        origin: { kind: 'file', fileName: file.fileName, text: new TextDecoder().decode(file.bytes) },
      });
      if (format === 'json') {
        expect(consultation).toMatchObject({
          title: 'SEND Review',
          department: 'Department for Education',
          deadline: '2022-07-22',
        });
        expect(shape(consultation)).toEqual(shape(before));
      } else {
        // CSV has no column for whether wording is verified or for the details; everything else comes back.
        // nor for chapters without questions.
        const loose = (c: Consultation) =>
          shape(c)
            .filter(([, qs]) => (qs as unknown[]).length > 0)
            .map(([t, qs]) => [t, (qs as unknown[][]).map((q) => q.slice(0, 4))]);
        expect(loose(consultation)).toEqual(loose(before));
      }
    }
  });

  it('refuses a file that is not a consultation with a clear message, and changes nothing', async () => {
    const { project } = await openSample();
    const handlers = handlersFor(project);
    const before = await project.consultation.getConsultation();
    const cases: [string, string, RegExp][] = [
      ['questions.json', '{"title": "x"', /"questions.json" is not a consultation.*not valid JSON/],
      [
        'questions.json',
        '{"id":"x","title":"T","chapters":[],"questions":[{"number":1,"chapter":4,"text":"Q"}]}',
        /question 1 is in chapter 4, which the file does not list/,
      ],
      ['questions.csv', 'name,email\nA,b@c', /needs a "question text" column/],
      ['questions.csv', 'question text\n', /no questions/],
    ];
    for (const [fileName, text, message] of cases) {
      await expect(handlers.replaceConsultation({ origin: { kind: 'file', fileName, text } })).rejects.toThrow(message);
    }
    expect(await project.consultation.getConsultation()).toEqual(before);
  });
});

describe('the shipped consultations', () => {
  it('give a new project their closing date, so "Ready to send?" can say how many days are left', async () => {
    const { project } = await openSample();
    expect((await project.consultation.getConsultation()).deadline).toBe('2022-07-22');
    expect(templatesIn('resources').load('send-green-paper-2022').deadline).toBe('2022-07-22');
  });
});
