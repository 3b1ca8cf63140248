import type { QuestionId } from '../../../shared/ids.ts';
import { useConsultation, useQuotes, useSources } from '../state/hooks.ts';
import { coverage } from '../../../shared/quotes/coverage.ts';

type Props = { onSelectQuestion: (id: QuestionId) => void };

/** Where the response is thin, at a glance: a bar per question, and which sources each question rests on. */
export function CoverageView({ onSelectQuestion }: Props) {
  const consultation = useConsultation();
  const quotes = useQuotes();
  const sources = useSources();
  const chapters = coverage(consultation, quotes);
  const max = Math.max(1, ...chapters.flatMap((c) => c.questions.map((q) => q.quotes)));
  const used = sources.filter((s) => chapters.some((c) => c.questions.some((q) => q.bySource.has(s.id))));
  return (
    <div className="coverage-view">
      <table className="coverage-bars">
        <caption className="visually-hidden">Quotes and sources behind each question</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Quotes</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        {chapters.map((chapter) => (
          <tbody key={chapter.chapterId}>
            <tr>
              <th scope="rowgroup" colSpan={3} className="coverage-chapter">
                {chapter.label}
              </th>
            </tr>
            {chapter.questions.map((q) => (
              <tr key={q.questionId} className={q.quotes === 0 ? 'thin' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelectQuestion(q.questionId as QuestionId)}
                    title={q.title}
                  >
                    Q{q.number}
                  </button>
                </th>
                <td>
                  <span className="bar-cell">
                    <span className="bar" style={{ width: `${(q.quotes / max) * 100}%` }} aria-hidden="true" />
                    <span className="bar-label">{q.quotes === 0 ? 'None' : q.quotes}</span>
                  </span>
                </td>
                <td>{q.sources}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      {used.length > 0 ? (
        <table className="coverage-matrix">
          <caption>Questions × sources</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {used.map((s, i) => (
                <th key={s.id} scope="col" title={s.title}>
                  <abbr title={s.title}>S{i + 1}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chapters.flatMap((c) =>
              c.questions.map((q) => (
                <tr key={q.questionId}>
                  <th scope="row">Q{q.number}</th>
                  {used.map((s) => {
                    const n = q.bySource.get(s.id) ?? 0;
                    return (
                      <td key={s.id} className={`heat heat-${Math.min(n, 4)}`} aria-label={`${n} from ${s.title}`}>
                        {n || ''}
                      </td>
                    );
                  })}
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : null}
      {used.length > 0 ? (
        <ol className="coverage-key" aria-label="Sources in the matrix">
          {used.map((s, i) => (
            <li key={s.id}>
              S{i + 1}: {s.title}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
