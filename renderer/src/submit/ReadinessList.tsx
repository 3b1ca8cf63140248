import { useId } from 'react';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import type { ReadinessItem, ReadinessProblem, ReadinessReport } from '../../../shared/readiness/readiness.ts';
import { useQuestions } from '../state/hooks.ts';
import { STATUS_LABELS } from './formViewText.ts';
import { closingText } from '../../../shared/readiness/closingText.ts';
import { fixLabel, fixText, problemText, signalsText, summaryText } from './readinessText.ts';
import './readiness.css';

type Props = { report: ReadinessReport; onGo: (item: ReadinessItem) => void };

/** The first problem's button, in the order listed: a question deliberately skipped is not a problem. */
export const FIRST_PROBLEM = 'button[data-problem]:not([data-problem="skipped"])';

// These say what state the answer is in, so they are shown as the question's status, not as a line of their own.
const STATUS_PROBLEMS: ReadonlySet<ReadinessProblem> = new Set(['unanswered', 'brief', 'skipped']);

function FixButton({
  item,
  questionName,
  onGo,
}: {
  item: ReadinessItem;
  questionName: string | null;
  onGo: Props['onGo'];
}) {
  return (
    <button
      type="button"
      className="link-button"
      data-problem={item.problem}
      aria-label={fixLabel(item, questionName)}
      onClick={() => onGo(item)}
    >
      {fixText(item)}
    </button>
  );
}

/**
 * What stands between the draft and a response fit to send: the closing date, the response's own gaps, then each
 * question's state and problems, every problem with a button that goes to where it is put right.
 */
export function ReadinessList({ report, onGo }: Props) {
  const id = useId();
  const questions = useQuestions();
  const whole = report.problems.filter((p) => p.question === null);
  const count = summaryText(report.problems);
  return (
    <div className="readiness">
      <p className="readiness-closing">{closingText(report.closingDate, report.daysLeft)}</p>
      <p className={count ? 'readiness-count' : 'readiness-count clear'}>
        {count ?? 'Nothing to put right: every question is answered or deliberately skipped, and the details are in.'}
      </p>
      {whole.length ? (
        <section aria-labelledby={`${id}-whole`}>
          <h3 id={`${id}-whole`}>The response as a whole</h3>
          <ul className="readiness-problems">
            {whole.map((item) => (
              <li key={`${item.problem}-${item.detail ?? ''}`}>
                <span>{problemText(item)}</span> <FixButton item={item} questionName={null} onGo={onGo} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby={`${id}-questions`}>
        <h3 id={`${id}-questions`}>Questions</h3>
        <ol className="readiness-questions">
          {questions.map((q) => {
            const name = questionLabel(q);
            const mine = report.problems.filter((p) => p.questionId === q.id);
            const state = mine.find((p) => STATUS_PROBLEMS.has(p.problem)) ?? null;
            const answer = report.answers.find((a) => a.question === String(q.number ?? ''));
            const status = answer ? STATUS_LABELS[answer.status] : null;
            const evidence = answer && answer.status !== 'skipped' ? signalsText(answer.signals) : null;
            const others = mine.filter((p) => p !== state);
            return (
              <li key={q.id} className={mine.length ? 'readiness-question' : 'readiness-question ready'}>
                <p className="readiness-question-line">
                  <strong>{name}</strong>
                  <span className="readiness-title" title={q.title}>
                    {q.title}
                  </span>
                  {status ? <span className={`readiness-status status-${answer?.status}`}>{status}</span> : null}
                  {evidence ? <span className="readiness-evidence">{evidence}</span> : null}
                  {state ? <FixButton item={state} questionName={name} onGo={onGo} /> : null}
                </p>
                {others.length ? (
                  <ul className="readiness-problems">
                    {others.map((item) => (
                      <li key={item.problem}>
                        <span>{problemText(item)}</span> <FixButton item={item} questionName={name} onGo={onGo} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
