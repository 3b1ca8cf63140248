import type { Consultation } from '../domain/consultation.ts';
import type { Quote } from '../domain/quote.ts';

export type QuestionCoverage = {
  questionId: number;
  number: number | null;
  title: string;
  quotes: number;
  sources: number;
  /** Quotes per source id, for the questions × sources matrix. */
  bySource: Map<number, number>;
};

export type ChapterCoverage = { chapterId: number; label: string; questions: QuestionCoverage[] };

/** How much evidence stands behind each question: quotes, distinct sources, and quotes per source. */
export function coverage(consultation: Consultation, quotes: readonly Quote[]): ChapterCoverage[] {
  return consultation.chapters
    .filter((c) => c.questions.length > 0)
    .map((chapter) => ({
      chapterId: chapter.id,
      label: chapter.number === null ? chapter.title : `Chapter ${chapter.number}: ${chapter.title}`,
      questions: chapter.questions.map((q) => {
        const filed = quotes.filter((quote) => quote.questionIds.includes(q.id));
        const bySource = new Map<number, number>();
        for (const quote of filed) bySource.set(quote.sourceId, (bySource.get(quote.sourceId) ?? 0) + 1);
        return {
          questionId: q.id,
          number: q.number,
          title: q.title,
          quotes: filed.length,
          sources: bySource.size,
          bySource,
        };
      }),
    }));
}
