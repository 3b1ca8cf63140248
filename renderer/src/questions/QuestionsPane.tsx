import { lazy, Suspense, useCallback, useState } from 'react';
import type { QuestionId } from '../../../shared/ids.ts';
import type { QuestionNode } from '../../../shared/domain/consultation.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { QuestionList } from './QuestionList.tsx';
import { useConsultation, useQuestionQuotes, useQuestions, useSay, useSelectedQuestion } from '../state/hooks.ts';
import { useWorkbench } from '../state/workbench.ts';
import { useValueStore } from '../valueStore.ts';
import { wordingRequest } from './wordingRequest.ts';
import { countOf } from '../../../shared/text/plural.ts';

// Views behind the Show buttons: their code loads the first time they are chosen, not with the first screen.
const CoverageView = lazy(() => import('./CoverageView.tsx').then((m) => ({ default: m.CoverageView })));
const ConsultationEditor = lazy(() =>
  import('./ConsultationEditor.tsx').then((m) => ({ default: m.ConsultationEditor })),
);
const QuoteListView = lazy(() => import('./QuoteListView.tsx').then((m) => ({ default: m.QuoteListView })));

/** The consultation's questions, with the chosen one's evidence; coverage, all quotes and the question editor. */
export function QuestionsPane() {
  const { selection, editor } = useWorkbench();
  const consultation = useConsultation();
  const questions = useQuestions();
  const selected = useSelectedQuestion();
  const say = useSay();
  const covered = questions.filter((q) => q.quoteCount > 0).length;
  const [view, setView] = useState<'list' | 'coverage' | 'edit' | 'quotes'>('list');
  const selectQuestion = (id: QuestionId) => {
    selection.selectQuestion(id);
    editor.current?.revealQuestion(id);
  };
  // Editing a question's wording happens beside its evidence, so a request for it shows the question list.
  const wordingWanted = useValueStore(wordingRequest) !== null;
  if (wordingWanted && view !== 'list' && view !== 'coverage') setView('list');
  const onInfo = useCallback((message: string) => say('info', message), [say]);
  return (
    <section className="pane questions-pane" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions</h2>
      <p className="coverage">
        {covered} of {countOf(questions.length, 'question')} have evidence
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
      <Suspense fallback={<p className="empty">Loading…</p>}>
        {view === 'quotes' ? <QuoteListView /> : null}
        {view === 'edit' ? <ConsultationEditor consultation={consultation} onInfo={onInfo} /> : null}
        {view === 'coverage' ? (
          <CoverageView
            onSelectQuestion={(id) => {
              setView('list');
              selectQuestion(id);
            }}
          />
        ) : null}
      </Suspense>
      <QuestionList hidden={view !== 'list'} onSelect={selectQuestion} />
      {selected && (view === 'list' || view === 'coverage') ? (
        <Suspense fallback={<p className="empty">Reading the project’s quotes…</p>}>
          <QuestionEvidence question={selected} />
        </Suspense>
      ) : view === 'list' ? (
        <p className="empty">Choose a question to see its evidence.</p>
      ) : null}
    </section>
  );
}

/** The chosen question's evidence, once its quotes are read (at once for the question the project opened at). */
function QuestionEvidence({ question }: { question: QuestionNode }) {
  return <EvidenceList question={question} quotes={useQuestionQuotes(question.id)} />;
}
