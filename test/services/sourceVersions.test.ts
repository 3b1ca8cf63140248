import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import type { SourceId } from '../../shared/ids.ts';
import type { Quote } from '../../shared/domain/quote.ts';
import { quoteText } from '../../shared/domain/quoteText.ts';
import { plainTextDocument } from '../../shared/sources/plainTextDocument.ts';
import type { ExtractedDocument } from '../../shared/sources/sourceStructure.ts';
import { migrate } from '../../electron/services/db/migrate.ts';
import { MIGRATIONS } from '../../electron/services/db/migrations/index.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { DeletedSourceSchema } from '../../shared/domain/deletedSource.ts';
import { cleanUp, draftWith, open, openSample, sourceTitled, tempDir } from './helpers.ts';

afterEach(cleanUp);

const TITLE = 'Joined-up services for children with SEND (written answer, March 2024)';
const KEPT = 'Local authorities already have existing statutory responsibilities';
const FIGURE_SENTENCE = 'convened by the local authority, that will bring together local partners';
const DELETED_PARAGRAPH_WORDS = 'the department has established a steering group';

async function setUp() {
  const { project, path } = await openSample();
  const source = await sourceTitled(project, TITLE);
  const quoteOf = async (words: string) => {
    const start = source.text.indexOf(words);
    expect(start).toBeGreaterThanOrEqual(0);
    return project.quotes.create({ sourceId: source.id, start, end: start + words.length, questionIds: [] });
  };
  return { project, path, source, quoteOf };
}

/** The paragraph of `text` containing `words`. */
function paragraphWith(text: string, words: string): string {
  const at = text.indexOf(words);
  const start = text.lastIndexOf('\n\n', at) + 2;
  const end = text.indexOf('\n\n', at);
  return text.slice(start, end === -1 ? undefined : end);
}

async function update(project: ProjectServices, sourceId: SourceId, text: string, force = false) {
  return project.versions.update({ sourceId, doc: plainTextDocument(text), format: 'txt', fileName: 'v2.txt', force });
}

async function draftTexts(project: ProjectServices): Promise<string[]> {
  return (await project.drafts.quotePlaces((await project.quotes.list({})).map((q) => q.id))).map((p) => p.text);
}

describe('source versions', () => {
  it('opens an existing project with every source and quote at version 1', async () => {
    const path = join(tempDir(), 'old.cwb');
    const db = new BetterSqlite3(path);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 60),
    );
    db.prepare(
      "INSERT INTO sources (id, title, kind, text, content_hash, imported_at) VALUES (1, 'Old', 'other', 'Old words here.', 'h', 'then')",
    ).run();
    db.prepare("INSERT INTO quotes (id, source_id, created_at) VALUES (1, 1, 'then')").run();
    db.prepare(
      "INSERT INTO quote_fragments (quote_id, position, start_offset, end_offset, text) VALUES (1, 0, 0, 9, 'Old words')",
    ).run();
    db.close();
    const project = open(path);
    expect(await project.versions.versions(1 as SourceId)).toMatchObject([
      { version: 1, current: true, quoteCount: 1 },
    ]);
    expect((await project.quotes.list({}))[0]!.sourceVersion).toBe(1);
    expect(await project.quotes.check()).toEqual([]);
  });

  it('re-anchors unchanged, changed and gone quotes, keeping the old version readable and every quote checkable', async () => {
    const { project, source, quoteOf } = await setUp();
    const kept = await quoteOf(KEPT);
    const changed = await quoteOf(FIGURE_SENTENCE);
    const goneQuote = await quoteOf(DELETED_PARAGRAPH_WORDS);
    const newText = `A new first paragraph, added in this version.\n\n${source.text}`
      .replace(paragraphWith(source.text, DELETED_PARAGRAPH_WORDS), 'This paragraph was rewritten entirely.')
      .replace('bring together local partners', 'bring together all local partners');

    const report = await update(project, source.id, newText);
    expect(report.status).toBe('updated');
    if (report.status !== 'updated') return;
    expect(report.fromVersion).toBe(1);
    expect(report.toVersion).toBe(2);
    const outcome = (q: Quote) => report.quotes.find((r) => r.quote === q.id)!;
    expect(outcome(kept)).toMatchObject({ outcome: 'unchanged', start: newText.indexOf(KEPT) });
    expect(outcome(changed).outcome).toBe('changed');
    expect(outcome(goneQuote)).toMatchObject({ outcome: 'gone', start: null, end: null });

    const [k, c, g] = await project.quotes.list({ ids: [kept.id, changed.id, goneQuote.id] });
    expect(k).toMatchObject({ sourceVersion: 2, fragments: [{ start: newText.indexOf(KEPT), text: KEPT }] });
    expect(c).toEqual(changed);
    expect(g).toEqual(goneQuote);
    expect(await project.quotes.check()).toEqual([]);
    expect(await project.versions.text(source.id)).toBe(newText);
    expect(await project.versions.text(source.id, 1)).toBe(source.text);
    expect((await project.sources.get(source.id)).text).toBe(newText);
    expect((await project.search.search({ query: '"rewritten entirely"' })).map((h) => h.sourceId)).toEqual([
      source.id,
    ]);
    expect((await project.versions.versions(source.id)).map((v) => [v.version, v.current, v.quoteCount])).toEqual([
      [1, false, 2],
      [2, true, 1],
    ]);

    const queue = await project.versions.reviewQueue({ sourceId: source.id });
    expect(queue.map((r) => [r.quoteId, r.outcome])).toEqual([
      [changed.id, 'changed'],
      [goneQuote.id, 'gone'],
    ]);
    expect(queue[0]!.before.fragments[0]!.text).toBe(FIGURE_SENTENCE);
    expect(queue[0]!.proposed[0]!.text).toContain('all local partners');
  });

  it('says so and changes nothing when the new version has the same text', async () => {
    const { project, source, quoteOf } = await setUp();
    const quote = await quoteOf(KEPT);
    expect(await update(project, source.id, source.text)).toEqual({ status: 'same', sourceId: source.id, version: 1 });
    expect(await project.versions.versions(source.id)).toHaveLength(1);
    expect((await project.quotes.list({}))[0]).toEqual(quote);
  });

  it('warns before replacing a source with a different document altogether, and goes on only when forced', async () => {
    const { project, source, quoteOf } = await setUp();
    await quoteOf(KEPT);
    const other = 'Minutes of the parish council meeting about the village green and its drainage.';
    const warned = await update(project, source.id, other);
    expect(warned).toMatchObject({ status: 'different-document' });
    expect((await project.sources.get(source.id)).text).toBe(source.text);
    expect(await project.versions.versions(source.id)).toHaveLength(1);
    const forced = await update(project, source.id, other, true);
    expect(forced).toMatchObject({ status: 'updated', quotes: [{ outcome: 'gone' }] });
  });

  it('re-anchors each passage of an elision', async () => {
    const { project, source, quoteOf } = await setUp();
    const quote = await quoteOf(KEPT);
    const second = source.text.indexOf(FIGURE_SENTENCE);
    await project.quotes.addFragment(quote.id, second, second + FIGURE_SENTENCE.length);
    const moved = `Preface.\n\n${source.text}`;
    const report = await update(project, source.id, moved);
    expect(report).toMatchObject({ status: 'updated', quotes: [{ outcome: 'unchanged' }] });
    const [after] = await project.quotes.list({ ids: [quote.id] });
    expect(after!.fragments.map((f) => f.text)).toEqual([KEPT, FIGURE_SENTENCE]);
    expect(after!.fragments.map((f) => f.start)).toEqual([moved.indexOf(KEPT), moved.indexOf(FIGURE_SENTENCE)]);

    const reworded = moved.replace('bring together local partners', 'bring together regional partners');
    const second2 = await update(project, source.id, reworded);
    expect(second2).toMatchObject({ status: 'updated', quotes: [{ outcome: 'changed' }] });
    if (second2.status !== 'updated') return;
    expect(second2.quotes[0]!.fragments.map((f) => f.outcome)).toEqual(['unchanged', 'changed']);
  });

  it('follows a PDF passage onto its new page', async () => {
    const { project } = await openSample();
    const page = (text: string, n: number, at: number) => ({
      kind: 'paragraph' as const,
      start: at,
      end: at + text.length,
      level: null,
      page: n,
    });
    const p1 = 'Page one says the funding will rise over the spending review period.';
    const p2 = 'Page two sets out the new national standards for provision.';
    const doc = (first: string): ExtractedDocument => ({
      text: `${first}\n\n${p2}`,
      blocks: [page(first, 1, 0), page(p2, 2, first.length + 2)],
      stated: {},
    });
    const { id } = await project.sources.importDocument({
      metadata: { title: 'Paged', author: null, publishedOn: null, url: null, kind: 'report' },
      doc: doc(p1),
      format: 'pdf',
      fileName: 'paged.pdf',
    });
    const words = 'the new national standards';
    const start = doc(p1).text.indexOf(words);
    const quote = await project.quotes.create({ sourceId: id, start, end: start + words.length, questionIds: [] });
    expect(quote.fragments[0]!.page).toBe(2);
    // Re-exported with another layout: the first page's paragraph is now longer and the standards start on page 3.
    const longer = `${p1} It also covers capital spending on special school places.`;
    const v2: ExtractedDocument = {
      text: `${longer}\n\n${p2}`,
      blocks: [page(longer, 1, 0), page(p2, 3, longer.length + 2)],
      stated: {},
    };
    const report = await project.versions.update({ sourceId: id, doc: v2, format: 'pdf', fileName: 'paged-2.pdf' });
    expect(report).toMatchObject({ status: 'updated', quotes: [{ outcome: 'unchanged' }] });
    expect((await project.quotes.list({ ids: [quote.id] }))[0]!.fragments[0]).toMatchObject({
      page: 3,
      start: v2.text.indexOf(words),
    });
  });
});

describe('reviewing quotes after an update', () => {
  async function updated() {
    const ctx = await setUp();
    const changed = await ctx.quoteOf(FIGURE_SENTENCE);
    const goneQuote = await ctx.quoteOf(DELETED_PARAGRAPH_WORDS);
    const kept = await ctx.quoteOf(KEPT);
    await draftWith(ctx.project, [changed, goneQuote, kept]);
    const newText = ctx.source.text
      .replace(paragraphWith(ctx.source.text, DELETED_PARAGRAPH_WORDS), 'Rewritten.')
      .replace('bring together local partners', 'bring together all local partners');
    const report = await update(ctx.project, ctx.source.id, newText);
    if (report.status !== 'updated') throw new Error('not updated');
    return { ...ctx, changed, goneQuote, kept, newText, updateId: report.updateId };
  }

  it('lists each quote needing a decision with the draft places that use it', async () => {
    const { project, changed, updateId } = await updated();
    const [item] = await project.versions.reviewQueue({ pendingOnly: true });
    expect(item).toMatchObject({ updateId, quoteId: changed.id, decision: null });
    expect(item!.draftPlaces).toEqual([
      { quoteId: changed.id, heading: expect.stringContaining('Question 1'), text: FIGURE_SENTENCE },
    ]);
  });

  it('accepting takes the new wording: the quote cites the new version and the draft follows; undo puts both back', async () => {
    const { project, changed, updateId, source } = await updated();
    const before = await draftTexts(project);
    expect(await project.versions.decide(updateId, changed.id, 'accepted')).toEqual({ draftChanged: true });
    const [after] = await project.quotes.list({ ids: [changed.id] });
    expect(after!.sourceVersion).toBe(2);
    expect(quoteText(after!)).toContain('all local partners');
    expect(await draftTexts(project)).toContain(quoteText(after!));
    expect(await project.quotes.check()).toEqual([]);
    expect((await project.versions.reviewQueue({ pendingOnly: true })).map((r) => r.quoteId)).not.toContain(changed.id);

    expect(await project.versions.undoDecision(updateId, changed.id)).toEqual({ draftChanged: true });
    expect((await project.quotes.list({ ids: [changed.id] }))[0]).toEqual(changed);
    expect(await draftTexts(project)).toEqual(before);
    expect(
      (await project.versions.reviewQueue({ sourceId: source.id, pendingOnly: true })).map((r) => r.quoteId),
    ).toContain(changed.id);
  });

  it('keeping the old wording leaves the quote citing the old version, and the draft untouched', async () => {
    const { project, changed, updateId } = await updated();
    const before = await draftTexts(project);
    expect(await project.versions.decide(updateId, changed.id, 'kept')).toEqual({ draftChanged: false });
    expect((await project.quotes.list({ ids: [changed.id] }))[0]).toEqual(changed);
    expect(await draftTexts(project)).toEqual(before);
    await expect(project.versions.decide(updateId, changed.id, 'accepted')).rejects.toThrow('already been decided');
    await project.versions.undoDecision(updateId, changed.id);
    expect((await project.versions.reviewQueue({ pendingOnly: true })).map((r) => r.quoteId)).toContain(changed.id);
  });

  it('refuses to accept new wording for a gone quote', async () => {
    const { project, goneQuote, updateId } = await updated();
    await expect(project.versions.decide(updateId, goneQuote.id, 'accepted')).rejects.toThrow(
      'gone from the new version',
    );
    expect(await project.versions.decide(updateId, goneQuote.id, 'kept')).toEqual({ draftChanged: false });
  });

  it('undoes the whole update: old text current again, every quote and the draft as before', async () => {
    const { project, source, changed, goneQuote, kept, updateId } = await updated();
    const draftBefore = await draftTexts(project);
    await project.versions.decide(updateId, changed.id, 'accepted');
    const result = await project.versions.undoUpdate(updateId);
    expect(result).toMatchObject({ sourceId: source.id, version: 1, draftChanged: true });
    expect((await project.sources.get(source.id)).text).toBe(source.text);
    expect(await project.quotes.list({ ids: [changed.id, goneQuote.id, kept.id] })).toEqual([changed, goneQuote, kept]);
    expect(await draftTexts(project)).toEqual(draftBefore);
    expect(await project.versions.versions(source.id)).toMatchObject([{ version: 1, current: true }]);
    expect(await project.versions.reviewQueue({})).toEqual([]);
    expect(await project.quotes.check()).toEqual([]);
    await expect(project.versions.undoUpdate(updateId)).rejects.toThrow('already been undone');
  });

  it('refuses to undo an update once quotes have been pulled from the new version', async () => {
    const { project, source, newText, updateId } = await updated();
    const start = newText.indexOf('Rewritten.');
    await project.quotes.create({ sourceId: source.id, start, end: start + 9, questionIds: [] });
    await expect(project.versions.undoUpdate(updateId)).rejects.toThrow('pulled from the new version since');
    expect((await project.sources.get(source.id)).text).toBe(newText);
  });

  it('brings back every version when a deleted, updated source is restored', async () => {
    const { project, source, changed } = await updated();
    const deleted = await project.sources.remove(source.id);
    await project.sources.restore(deleted);
    expect((await project.versions.versions(source.id)).map((v) => v.version)).toEqual([1, 2]);
    expect((await project.quotes.list({ ids: [changed.id] }))[0]).toEqual(changed);
    expect(await project.quotes.check()).toEqual([]);
  });

  it('brings back the review history too: pending and decided reviews, and undo of the update', async () => {
    const { project, source, changed, goneQuote, kept, updateId } = await updated();
    await project.versions.decide(updateId, changed.id, 'accepted');
    const queue = await project.versions.reviewQueue({ sourceId: source.id });
    expect(queue.map((r) => [r.quoteId, r.decision])).toEqual([
      [changed.id, 'accepted'],
      [goneQuote.id, null],
    ]);
    // As the undo travels: through the IPC contract's schema.
    const deleted = DeletedSourceSchema.parse(await project.sources.remove(source.id));
    await project.sources.restore(deleted);
    expect(await project.versions.reviewQueue({ sourceId: source.id })).toEqual(queue);
    await project.versions.undoDecision(updateId, changed.id);
    await project.versions.undoUpdate(updateId);
    expect(await project.quotes.list({ ids: [changed.id, goneQuote.id, kept.id] })).toEqual([changed, goneQuote, kept]);
    expect(await project.quotes.check()).toEqual([]);
  });

  it('refuses to restore a deleted source whose update history does not match its quotes, and stores nothing', async () => {
    const { project, source } = await updated();
    const deleted = await project.sources.remove(source.id);
    const [update] = deleted.updates!;
    const tampered = { ...deleted, updates: [{ ...update!, toVersion: 7 }] };
    await expect(project.sources.restore(tampered)).rejects.toThrow('its update history does not match it');
    expect((await project.sources.list()).map((s) => s.id)).not.toContain(source.id);
  });

  it('gives the diff view added, removed and moved passages', async () => {
    const { project, source } = await setUp();
    const a = paragraphWith(source.text, KEPT);
    const b = paragraphWith(source.text, DELETED_PARAGRAPH_WORDS);
    const newText = `${source.text.replace(`${a}\n\n`, '').replace(b, `${b}\n\nAn added closing remark about funding.`)}\n\n${a}`;
    await update(project, source.id, newText);
    const passages = await project.versions.diff(source.id, 1, 2);
    expect(passages.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toContain(
      'An added closing remark about funding.',
    );
    expect(passages.find((p) => p.kind === 'moved-from')?.text.trim()).toBe(a);
    expect(passages.find((p) => p.kind === 'moved-to')?.text.trim()).toBe(a);
    // Reading the passages in order gives each version back.
    const newer = passages
      .filter((p) => p.kind !== 'removed' && p.kind !== 'moved-from')
      .map((p) => p.text)
      .join('');
    expect(newer).toBe(newText);
  });
});
