import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

describe('deleting a quote and undoing it', () => {
  it('brings the quote back whole, under its old id and questions', async () => {
    const { project } = await openSample();
    const [source] = await project.sources.list();
    const q2 = await questionNumbered(project, 2);
    const quote = await project.quotes.create({
      sourceId: source!.id,
      start: 5,
      end: 40,
      questionIds: [q2.id],
    });
    const deleted = await project.quotes.remove(quote.id);
    expect(await project.quotes.list({})).toEqual([]);
    expect((await questionNumbered(project, 2)).quoteCount).toBe(0);
    expect(await project.quotes.restore(deleted)).toEqual(quote);
    expect((await questionNumbered(project, 2)).quoteCount).toBe(1);
    await expect(project.quotes.restore(deleted)).rejects.toThrow('That quote is already in this project.');
  });

  it('never restores words the source does not say', async () => {
    const { project } = await openSample();
    const [source] = await project.sources.list();
    const quote = await project.quotes.create({ sourceId: source!.id, start: 5, end: 40, questionIds: [] });
    const deleted = await project.quotes.remove(quote.id);
    const forged = { ...deleted, fragments: [{ ...deleted.fragments[0]!, text: 'Words nobody wrote in this source' }] };
    await expect(project.quotes.restore(forged)).rejects.toThrow('its words do not match its source');
    expect(await project.quotes.list({})).toEqual([]);
  });
});

describe('quotes with elisions', () => {
  it('joins passages of one source in text order with a visible [...], each still exactly the source', async () => {
    const { project } = await openSample();
    const source = (await project.sources.list()).find((s) => s.publishedOn === '2024-03-25')!;
    const text = (await project.sources.get(source.id)).text;
    const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const later = span('a steering group to oversee');
    const earlier = span('new local SEND and AP partnerships');
    const quote = await project.quotes.create({ sourceId: source.id, ...later, questionIds: [] });
    const joined = await project.quotes.addFragment(quote.id, earlier.start, earlier.end);
    expect(joined.fragments.map((f) => f.text)).toEqual([
      'new local SEND and AP partnerships',
      'a steering group to oversee',
    ]);
    const { quoteText } = await import('../../shared/domain/quoteText.ts');
    expect(quoteText(joined)).toBe('new local SEND and AP partnerships [...] a steering group to oversee');
    expect(await project.quotes.check()).toEqual([]);
    await expect(project.quotes.addFragment(quote.id, earlier.start + 2, earlier.end + 5)).rejects.toThrow(
      'overlaps words already in the quote',
    );
    expect((await project.quotes.list({ ids: [quote.id] }))[0]!.fragments).toHaveLength(2);
  });
});
