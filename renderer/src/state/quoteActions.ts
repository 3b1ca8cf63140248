import { useMemo } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { quoteText } from '../../../shared/domain/quoteText.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import { shortCitation } from '../../../shared/citation.ts';
import type { QuestionId, QuoteId } from '../../../shared/ids.ts';
import { call, messageOf } from '../api/workbench.ts';
import type { SourceQuotePayload } from '../editor/nodes/SourceQuoteNode.tsx';
import { applyChange } from './change.ts';
import type { Workbench } from './workbench.ts';
import { useWorkbench } from './workbench.ts';
import { countOf } from '../../../shared/text/plural.ts';

type Range = { start: number; end: number };

/** What the writer does with quotes: each saved, shown at once, said in words, and undoable where it can be. */
export function createQuoteActions({ project, selection, notices, editor }: Workbench) {
  const { say } = notices;
  const questions = () => project.get().consultation.chapters.flatMap((c) => c.questions);
  const replace = (updated: Quote) => project.updateQuotes((qs) => qs.map((q) => (q.id === updated.id ? updated : q)));
  const fail = (error: unknown) => say('error', messageOf(error));
  const actions = {
    /** Makes the selected passage of the open source a quote, filed under `questionId` or the question chosen. */
    async pull(range: Range, questionId?: QuestionId): Promise<boolean> {
      const { sourceId, questionId: chosen } = selection.get();
      if (sourceId === null) return false;
      const target = questions().find((q) => q.id === (questionId ?? chosen)) ?? null;
      try {
        const questionIds = target ? [target.id] : [];
        const quote = await call('createQuote', { sourceId, start: range.start, end: range.end, questionIds });
        project.updateQuotes((qs) => [...qs, quote]);
        selection.showQuote(sourceId, quote.id);
        if (target) selection.selectQuestion(target.id as QuestionId);
        project.reload(['consultation']).catch(fail);
        say('info', target ? `Quote added to ${questionLabel(target)}.` : 'Quote added.');
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    /** Adds a passage to a quote, as an elision. */
    async addFragment(quote: Quote, range: Range): Promise<boolean> {
      try {
        const updated = await call('addQuoteFragment', { id: quote.id, start: range.start, end: range.end });
        replace(updated);
        selection.showQuote(updated.sourceId, updated.id);
        say('info', `Added to the quote: it now has ${updated.fragments.length} parts, joined by […].`);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    async setNote(quote: Quote, note: string): Promise<void> {
      try {
        replace(await call('setQuoteNote', { id: quote.id, note }));
        say('info', 'Note saved.');
      } catch (error) {
        fail(error);
      }
    },
    /** Files a quote under exactly these questions. */
    async file(quote: Quote, questionIds: QuestionId[]): Promise<void> {
      try {
        const updated = await call('setQuoteQuestions', { id: quote.id, questionIds });
        replace(updated);
        project.reload(['consultation']).catch(fail);
        const n = questionIds.length;
        say('info', n ? `Quote filed under ${countOf(n, 'question')}.` : 'Quote no longer filed under any question.');
      } catch (error) {
        fail(error);
      }
    },
    /** A quote dropped on a question is filed under it too. */
    async fileAlsoUnder(quoteId: QuoteId, questionId: QuestionId): Promise<void> {
      const quote = project.get().quotes.find((q) => q.id === quoteId);
      if (quote && !quote.questionIds.includes(questionId))
        await actions.file(quote, [...quote.questionIds, questionId]);
    },
    async remove(quote: Quote): Promise<void> {
      try {
        const deleted = await call('deleteQuote', { id: quote.id });
        await applyChange(
          {
            message: 'Quote deleted.',
            undo: () => call('restoreQuote', { quote: deleted }),
            undoneMessage: 'Quote restored.',
            refresh: ['quotes', 'consultation'],
          },
          project,
          notices,
        );
      } catch (error) {
        fail(error);
      }
    },
    /** What a quote becomes in the draft; null if there is no such quote. */
    payloadFor(quoteId: QuoteId): SourceQuotePayload | null {
      const { quotes, sources } = project.get();
      const quote = quotes.find((q) => q.id === quoteId);
      const source = quote && sources.find((s) => s.id === quote.sourceId);
      if (!quote) return null;
      const citation = source ? shortCitation(source) : 'Unknown source';
      return { quoteId: quote.id, sourceId: quote.sourceId, text: quoteText(quote), citation };
    },
    /** Puts a quote at the end of the answer to the question chosen. */
    insertIntoDraft(quote: Quote): void {
      const question = questions().find((q) => q.id === selection.get().questionId);
      const payload = actions.payloadFor(quote.id);
      if (!question || !payload) return;
      if (editor.current?.insertQuote(question.id, payload))
        say('info', `Quote inserted into the answer to ${questionLabel(question)}.`);
      else say('error', `The draft has no heading for ${questionLabel(question)}, so the quote was not inserted.`);
    },
    /** Questions a passage most likely supports, best first. */
    async suggestFor(text: string): Promise<{ questionId: QuestionId; label: string }[]> {
      const ranked = await call('suggestQuestions', { text, limit: 3 });
      return ranked.flatMap((r) => {
        const q = questions().find((x) => x.id === r.questionId);
        return q ? [{ questionId: q.id as QuestionId, label: questionLabel(q) }] : [];
      });
    },
  };
  return actions;
}

export type QuoteActions = ReturnType<typeof createQuoteActions>;

export function useQuoteActions(): QuoteActions {
  const workbench = useWorkbench();
  return useMemo(() => createQuoteActions(workbench), [workbench]);
}
