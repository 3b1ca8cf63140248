import { describe, expect, it, vi } from 'vitest';
import { createSelectionStore } from '../../../renderer/src/state/selectionStore.ts';
import { createNoticeStore } from '../../../renderer/src/state/noticeStore.ts';
import { createProjectStore } from '../../../renderer/src/state/projectStore.ts';
import { createDraftStatsStore } from '../../../renderer/src/state/draftStatsStore.ts';
import { describePlacement, placementOf } from '../../../renderer/src/state/quotePlacement.ts';
import type { QuestionId, QuoteId, SourceId } from '../../../shared/ids.ts';
import { projectData, quote, recordingReader } from './fixtures.ts';

const source = (n: number) => n as SourceId;
const question = (n: number) => n as QuestionId;
const quoteId = (n: number) => n as QuoteId;

describe('selection store', () => {
  it('opens a source at its top, and a quote in its source', () => {
    const selection = createSelectionStore({ sourceId: source(1), questionId: null, focusQuoteId: null });
    selection.showQuote(source(2), quoteId(7));
    expect(selection.get()).toEqual({ sourceId: 2, questionId: null, focusQuoteId: 7 });
    selection.selectSource(source(3));
    expect(selection.get()).toEqual({ sourceId: 3, questionId: null, focusQuoteId: null });
  });

  it('tells its readers only when something changed', () => {
    const selection = createSelectionStore({ sourceId: source(1), questionId: question(11), focusQuoteId: null });
    const listener = vi.fn();
    selection.subscribe(listener);
    selection.selectQuestion(question(11));
    selection.selectSource(source(1));
    expect(listener).not.toHaveBeenCalled();
    selection.selectQuestion(question(12));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('notice store', () => {
  it('gives each notice its own id, so the same words said twice are announced twice', () => {
    const notices = createNoticeStore();
    notices.say('info', 'Saved.');
    const first = notices.get();
    notices.say('info', 'Saved.');
    expect(notices.get()?.id).not.toBe(first?.id);
    const run = vi.fn();
    notices.say('error', 'Failed.', { label: 'Undo', run });
    expect(notices.get()).toMatchObject({ kind: 'error', text: 'Failed.', action: { label: 'Undo' } });
  });
});

describe('project store', () => {
  it('reads again only the parts named, and shows them in one change', async () => {
    const { reader, reads } = recordingReader({ quotes: [quote(1), quote(2)] });
    const project = createProjectStore(projectData({ quotes: [quote(1)] }), reader);
    const listener = vi.fn();
    project.subscribe(listener);
    const before = project.get();
    await project.reload(['quotes', 'quotes']);
    expect(reads).toEqual(['quotes']);
    expect(project.get().quotes.map((q) => q.id)).toEqual([1, 2]);
    expect(project.get().sources).toBe(before.sources);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows a list read in full after a large project opened, and is complete once every list is', async () => {
    const { reader, reads } = recordingReader({});
    const project = createProjectStore(projectData({ quotes: [quote(1)], stillReading: ['quotes'] }), reader);
    let complete = false;
    void project.complete.then(() => (complete = true));
    expect(project.isComplete()).toBe(false);
    await project.finishReading('quotes', [quote(1), quote(2)], project.revisionOf('quotes'));
    expect(project.get().quotes.map((q) => q.id)).toEqual([1, 2]);
    expect(project.isComplete()).toBe(true);
    await vi.waitFor(() => expect(complete).toBe(true));
    expect(reads).toEqual([]);
  });

  it('reads a list again as a whole, rather than show the pages read, if it changed while they were read', async () => {
    const { reader, reads } = recordingReader({ quotes: [quote(1), quote(2), quote(3)] });
    const project = createProjectStore(projectData({ quotes: [quote(1)], stillReading: ['quotes'] }), reader);
    const revision = project.revisionOf('quotes');
    project.updateQuotes((quotes) => [...quotes, quote(3)]);
    await project.finishReading('quotes', [quote(1), quote(2)], revision);
    expect(reads).toEqual(['quotes']);
    expect(project.get().quotes.map((q) => q.id)).toEqual([1, 2, 3]);
    expect(project.isComplete()).toBe(true);
  });
});

describe('draft stats store', () => {
  it('passes on new word counts and placements only when they differ', () => {
    const stats = createDraftStatsStore();
    const counts = vi.fn();
    const placed = vi.fn();
    stats.wordCounts.subscribe(counts);
    stats.placements.subscribe(placed);
    stats.setWordCounts(new Map([[question(11), 3]]), 3);
    stats.setWordCounts(new Map([[question(11), 3]]), 3);
    stats.setPlacements(new Map([[quoteId(1), null]]));
    stats.setPlacements(new Map([[quoteId(1), null]]));
    expect(counts).toHaveBeenCalledTimes(1);
    expect(placed).toHaveBeenCalledTimes(1);
    stats.setPlacements(new Map([[quoteId(1), question(11)]]));
    expect(placed).toHaveBeenCalledTimes(2);
  });
});

describe('quote placement', () => {
  it('says whether and where the draft uses a quote, from data rather than words', () => {
    const placements = new Map<QuoteId, QuestionId | null>([
      [quoteId(1), question(11)],
      [quoteId(2), null],
    ]);
    const name = (id: QuestionId) => `Question ${id - 10}`;
    expect(placementOf(placements, quoteId(1))).toEqual({ inDraft: true, questionId: 11 });
    expect(placementOf(placements, quoteId(2))).toEqual({ inDraft: true, questionId: null });
    expect(placementOf(placements, quoteId(3))).toEqual({ inDraft: false });
    expect(describePlacement(placementOf(placements, quoteId(1)), name)).toBe(
      'In the draft, in the answer to Question 1',
    );
    expect(describePlacement(placementOf(placements, quoteId(2)), name)).toBe('In the draft');
    expect(describePlacement(placementOf(placements, quoteId(3)), name)).toBe('Not in the draft yet');
  });
});
