import { afterEach, describe, expect, it } from 'vitest';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { createHandlers } from '../../electron/services/api/handlers.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import { MAX_SHORT_VERSION_CHARS } from '../../shared/ipc/contract.ts';
import type { ReadinessReport } from '../../shared/readiness/readiness.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

async function setUp() {
  const { project } = await openSample();
  const handlers = createHandlers(project, {
    templates: templatesIn('resources'),
    deliverFile: async () => ({ status: 'cancelled' }),
  });
  return { project, handlers, q1: await questionNumbered(project, 1) };
}

describe('the form’s channels', () => {
  it('mark a question skipped and give back what it was, for undo', async () => {
    const { project, handlers, q1 } = await setUp();
    const result = await dispatch(handlers, 'setQuestionSkipped', { questionId: q1.id, skipped: true });
    expect(result).toMatchObject({
      ok: true,
      value: { previous: { questionId: q1.id, skipped: false }, settings: { questionId: q1.id, skipped: true } },
    });
    expect((await project.form.answers())[0]!.status).toBe('skipped');
  });

  it('refuse a short version that is too long, or a character limit over the form’s, changing nothing', async () => {
    const { project, handlers, q1 } = await setUp();
    const long = await dispatch(handlers, 'setShortVersion', {
      questionId: q1.id,
      text: 'x'.repeat(MAX_SHORT_VERSION_CHARS + 1),
    });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const limit = await dispatch(handlers, 'setCharacterLimit', { questionId: q1.id, characterLimit: 40_000 });
    expect(limit).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await project.formSettings.list()).toEqual([]);
  });

  it('remember the export’s choice for unanswered questions', async () => {
    const { handlers } = await setUp();
    expect(await dispatch(handlers, 'getUnansweredChoice', {})).toEqual({ ok: true, value: 'omit' });
    await dispatch(handlers, 'setUnansweredChoice', { unanswered: 'mark' });
    expect(await dispatch(handlers, 'getUnansweredChoice', {})).toEqual({ ok: true, value: 'mark' });
    expect(await dispatch(handlers, 'setUnansweredChoice', { unanswered: 'maybe' })).toMatchObject({ ok: false });
  });

  it('give the readiness check, each problem with the question’s id to go to, and refuse any input', async () => {
    const { handlers, q1 } = await setUp();
    const result = await dispatch(handlers, 'checkReadiness', {});
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as ReadinessReport;
    expect(report.problems).toContainEqual({ question: '1', problem: 'unanswered', questionId: q1.id });
    expect(report.answers[0]).toMatchObject({ question: '1', status: 'unanswered' });
    expect(await dispatch(handlers, 'checkReadiness', { today: '2022-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
