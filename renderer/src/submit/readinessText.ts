import { SIGNALS, type Signal } from '../../../shared/evidence/signals.ts';
import { SIGNAL_LABELS } from './formViewText.ts';
import { BRIEF_WORDS, type ReadinessItem, type ReadinessProblem } from '../../../shared/readiness/readiness.ts';
import { countOf, plural } from '../../../shared/text/plural.ts';

/** What each problem means, in the writer's words, and what its button does about it. */
const PROBLEMS: Record<ReadinessProblem, { what: string; fix: string }> = {
  unanswered: { what: 'Not answered yet', fix: 'Write an answer' },
  brief: { what: `Brief: fewer than ${BRIEF_WORDS} words of your own`, fix: 'Add to the answer' },
  'over-limit': { what: 'Over its word or character limit', fix: 'Shorten the answer' },
  skipped: { what: 'Not answering (your choice); it is left out of the Word file', fix: 'Change in the online form' },
  'unverified-wording': { what: 'Wording not verified: its heading is only a topic label', fix: 'Edit wording…' },
  'no-position': { what: 'Position not chosen yet (agree/disagree or yes/no)', fix: 'Choose a position' },
  'quote-mismatch': { what: 'A quotation no longer matches its source', fix: 'Show the quotation' },
  'no-evidence': { what: 'No evidence cited: no quotation from your sources', fix: 'Go to the answer' },
  'missing-respondent': { what: 'Respondent details missing', fix: 'Respondent details…' },
  'empty-part': { what: 'Empty, so it is left out of the Word file', fix: 'Write it' },
};

export function problemText(item: ReadinessItem): string {
  if (item.problem === 'missing-respondent') return `${PROBLEMS[item.problem].what}: ${item.detail ?? ''}`;
  if (item.problem === 'empty-part') return `“${item.detail ?? ''}” is empty, so it is left out of the Word file`;
  return PROBLEMS[item.problem].what;
}

export function fixText(item: ReadinessItem): string {
  return item.problem === 'empty-part' ? `Write “${item.detail ?? ''}”` : PROBLEMS[item.problem].fix;
}

/** The button's name for a screen reader: its words, and which question it is for when that is not said already. */
export function fixLabel(item: ReadinessItem, questionName: string | null): string {
  const words = fixText(item);
  return questionName ? `${words} (${questionName})` : words;
}

/** "Evidence: figures, examples", from the answer's evidence signals; null if it carries none. */
export function signalsText(signals: Record<Signal, boolean>): string | null {
  const found = SIGNALS.filter((s) => signals[s]).map((s) => SIGNAL_LABELS[s]);
  return found.length ? `Evidence: ${found.join(', ')}` : null;
}

/** How many of each kind of problem, in the order they matter: "20 questions not answered yet, 2 brief, …". */
const KINDS: [ReadinessProblem, (n: number) => string][] = [
  ['unanswered', (n) => `${countOf(n, 'question')} not answered yet`],
  ['brief', (n) => `${n} brief`],
  ['over-limit', (n) => `${n} over the limit`],
  ['no-position', (n) => `${n} with no position chosen`],
  ['no-evidence', (n) => `${n} with no evidence cited`],
  ['quote-mismatch', (n) => `${n} with a quotation that no longer matches`],
  ['unverified-wording', (n) => `${countOf(n, 'wording')} not verified`],
  ['missing-respondent', () => 'respondent details missing'],
  ['empty-part', (n) => `${n} empty ${plural(n, 'part')}`],
];

/** "33 things to look at: 20 questions not answered yet, 1 brief, …", or null when there is nothing to put right. */
export function summaryText(problems: readonly ReadinessItem[]): string | null {
  const counted = KINDS.flatMap(([kind, say]) => {
    const n = problems.filter((p) => p.problem === kind).length;
    return n ? [say(n)] : [];
  });
  const total = problems.filter((p) => p.problem !== 'skipped').length;
  if (total === 0) return null;
  return `${countOf(total, 'thing')} to look at: ${counted.join(', ')}.`;
}
