import type { Consultation, ThemeWithCount } from '../../../shared/domain/theme.ts';
import { chapterLabel, questionLabel } from '../../../shared/domain/theme.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { quoteText } from '../../../shared/domain/quote.ts';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CoverageView } from './CoverageView.tsx';
import { ConsultationEditor } from './ConsultationEditor.tsx';
import { QuoteListView } from './QuoteListView.tsx';
import type { ConsultationChange } from './edit/consultationChange.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { draggedQuoteId, isQuoteDrag } from '../quoteDrag.ts';
import type { ValueStore } from '../valueStore.ts';

type Props = {
  consultation: Consultation;
  selectedQuestionId: number | null;
  onSelectQuestion: (id: number) => void;
  /** Words in each question's answer in the draft. */
  wordCounts: ValueStore<Map<number, number>>;
  evidence: Quote[];
  citationOf: (quote: Quote) => string;
  onInsertQuote: (quote: Quote) => void;
  onShowQuote: (quote: Quote) => void;
  allQuotes: Quote[];
  sources: SourceSummary[];
  onFileQuote: (quote: Quote, themeIds: number[]) => void;
  onDeleteQuote: (quote: Quote) => void;
  onSetNote: (quote: Quote, note: string) => void;
  onSetWording: (themeId: number, title: string) => void;
  /** A quote dragged from the evidence list and dropped on a question is filed under it too. */
  onDropQuoteOnQuestion: (quoteId: number, themeId: number) => void;
  describeQuote: (quote: Quote) => { questions: string[]; inDraft: string };
  onConsultationChange: (change: ConsultationChange) => void;
  onError: (message: string) => void;
  onInfo: (message: string) => void;
};

function evidenceLabel(q: ThemeWithCount): string {
  if (q.quoteCount === 0) return 'No evidence yet';
  return q.quoteCount === 1 ? '1 quote' : `${q.quoteCount} quotes`;
}

// Reads its own question's count from the store, so a new count re-renders this line, not the whole pane.
function QuestionWordCount({
  counts,
  question,
}: {
  counts: ValueStore<Map<number, number>>;
  question: ThemeWithCount;
}) {
  const words = useSyncExternalStore(counts.subscribe, () => counts.get().get(question.id) ?? 0);
  const over = question.wordLimit !== null && words > question.wordLimit;
  return (
    <span className={over ? 'word-count over' : 'word-count'}>
      {words}
      {question.wordLimit ? ` / ${question.wordLimit}` : ''} words{over ? ' (over the limit)' : ''}
    </span>
  );
}

export function QuestionsPane(props: Props) {
  const { consultation, selectedQuestionId, onSelectQuestion } = props;
  const questions = consultation.chapters.flatMap((c) => c.questions);
  const covered = questions.filter((q) => q.quoteCount > 0).length;
  const selected = questions.find((q) => q.id === selectedQuestionId) ?? null;
  const tree = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<'list' | 'coverage' | 'edit' | 'quotes'>('list');
  // Keep the chosen question in view, also when it was chosen by moving the caret in the draft.
  useEffect(() => {
    tree.current?.querySelector('[aria-pressed="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedQuestionId]);
  return (
    <section className="pane questions-pane" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions</h2>
      <p className="coverage">
        {covered} of {questions.length} questions have evidence
      </p>
      <div className="view-switch" role="group" aria-label="Show">
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          Questions
        </button>
        <button type="button" aria-pressed={view === 'coverage'} onClick={() => setView('coverage')}>
          Coverage
        </button>
        <button type="button" aria-pressed={view === 'quotes'} onClick={() => setView('quotes')}>
          All quotes
        </button>
        <button type="button" aria-pressed={view === 'edit'} onClick={() => setView('edit')}>
          Edit questions
        </button>
      </div>
      {view === 'quotes' ? (
        <QuoteListView
          quotes={props.allQuotes}
          sources={props.sources}
          questions={questions}
          citationOf={props.citationOf}
          isInDraft={(q) => props.describeQuote(q).inDraft !== 'Not in the draft yet'}
          onShow={props.onShowQuote}
          onInsert={props.onInsertQuote}
        />
      ) : null}
      {view === 'edit' ? (
        <ConsultationEditor
          consultation={consultation}
          onChange={props.onConsultationChange}
          onError={props.onError}
          onInfo={props.onInfo}
        />
      ) : null}
      {view === 'coverage' ? (
        <CoverageView
          consultation={consultation}
          quotes={props.allQuotes}
          sources={props.sources}
          onSelectQuestion={(id) => {
            setView('list');
            onSelectQuestion(id);
          }}
        />
      ) : null}
      <div className="question-tree" ref={tree} hidden={view !== 'list'}>
        {consultation.chapters
          .filter((c) => c.questions.length > 0)
          .map((chapter) => (
            <section key={chapter.id} aria-labelledby={`chapter-${chapter.id}`}>
              <h3 id={`chapter-${chapter.id}`} className="chapter-title">
                {chapterLabel(chapter)}
              </h3>
              <ul>
                {chapter.questions.map((q) => {
                  return (
                    <li key={q.id}>
                      <button
                        type="button"
                        className={`question-item${q.quoteCount === 0 ? ' uncovered' : ''}`}
                        aria-pressed={q.id === selectedQuestionId}
                        onClick={() => onSelectQuestion(q.id)}
                        onDragOver={(e) => {
                          if (isQuoteDrag(e.dataTransfer)) e.preventDefault();
                        }}
                        onDrop={(e) => {
                          const quoteId = draggedQuoteId(e.dataTransfer);
                          if (quoteId === null) return;
                          e.preventDefault();
                          props.onDropQuoteOnQuestion(quoteId, q.id);
                        }}
                      >
                        <span className="question-number">{questionLabel(q)}</span>
                        <span className="question-title">
                          {q.title}
                          {q.verified ? '' : ' (topic label)'}
                        </span>
                        <span className="question-meta">
                          <span className="evidence-count">{evidenceLabel(q)}</span>
                          <QuestionWordCount counts={props.wordCounts} question={q} />
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
      </div>
      {selected && (view === 'list' || view === 'coverage') ? (
        <EvidenceList
          question={selected}
          quotes={props.evidence}
          citationOf={props.citationOf}
          textOf={quoteText}
          onInsert={props.onInsertQuote}
          onShow={props.onShowQuote}
          questions={questions}
          onFile={props.onFileQuote}
          onDelete={props.onDeleteQuote}
          onSetNote={props.onSetNote}
          onSetWording={props.onSetWording}
          placementOf={(q) => props.describeQuote(q).inDraft}
        />
      ) : view === 'list' ? (
        <p className="empty">Choose a question to see its evidence.</p>
      ) : null}
    </section>
  );
}
