import { afterEach, describe, expect, it } from 'vitest';
import { DeletedSourceSchema } from '../../shared/domain/deletedSource.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

describe('deleting a source and undoing it', () => {
  it('takes its quotes with it, and brings back text, structure, search and quotes exactly', async () => {
    const { project } = await openSample();
    const source = (await project.sources.list()).find((s) => s.publishedOn === '2024-03-25')!;
    const full = await project.sources.get(source.id);
    const q2 = await questionNumbered(project, 2);
    const quote = await project.quotes.create({
      sourceId: source.id,
      start: 20,
      end: 60,
      questionIds: [q2.id],
    });
    const before = await project.sources.list();

    const deleted = await project.sources.remove(source.id);
    expect(deleted.quotes).toEqual([quote]);
    expect(await project.sources.list()).toHaveLength(before.length - 1);
    expect(await project.quotes.list({})).toEqual([]);
    expect(await project.search.search({ query: '"joined up services"' })).toEqual([]);

    // The undo payload survives the trip through the IPC contract.
    const viaIpc = DeletedSourceSchema.parse(JSON.parse(JSON.stringify(deleted)));
    await project.sources.restore(viaIpc);
    expect(await project.sources.list()).toEqual(before);
    expect(await project.sources.get(source.id)).toEqual(full);
    expect(await project.quotes.list({})).toEqual([quote]);
    expect((await project.search.search({ query: '"joined up services"' })).map((h) => h.sourceId)).toEqual([
      source.id,
    ]);
    expect(await project.quotes.check()).toEqual([]);
  });

  it('refuses to restore a source whose quotes do not match its text, and stores nothing', async () => {
    const { project } = await openSample();
    const [source] = await project.sources.list();
    await project.quotes.create({ sourceId: source!.id, start: 0, end: 30, questionIds: [] });
    const deleted = await project.sources.remove(source!.id);
    const forged = {
      ...deleted,
      quotes: deleted.quotes.map((q) => ({ ...q, fragments: [{ ...q.fragments[0]!, text: 'Invented words here' }] })),
    };
    await expect(project.sources.restore(forged)).rejects.toThrow('one of its quotes does not match its text');
    expect((await project.sources.list()).map((s) => s.id)).not.toContain(source!.id);
    expect(await project.quotes.list({})).toEqual([]);
  });
});
