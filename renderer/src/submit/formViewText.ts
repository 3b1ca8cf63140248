import { SIGNAL_HINTS, SIGNALS, type Signal } from '../../../shared/evidence/signals.ts';
import type { FormAnswer, FormStatus } from '../../../shared/form/formAnswers.ts';
import { countOf } from '../../../shared/text/plural.ts';

export const STATUS_LABELS: Record<FormStatus, string> = {
  answered: 'Answered',
  brief: 'Brief',
  unanswered: 'Not answered yet',
  skipped: 'Not answering',
};

export const SIGNAL_LABELS: Record<Signal, string> = {
  figures: 'figures',
  examples: 'examples',
  experience: 'lived experience',
  solutions: 'solutions',
};

/** "123 of 250 words · 800 characters", as the form counts them. */
export function countsText(a: FormAnswer): string {
  const words = a.wordLimit === null ? countOf(a.words, 'word') : `${a.words} of ${countOf(a.wordLimit, 'word')}`;
  const characters =
    a.characterLimit === null
      ? countOf(a.characters, 'character')
      : `${a.characters} of ${countOf(a.characterLimit, 'character')}`;
  return `${words} · ${characters}`;
}

/** Which evidence the answer carries, and a hint for the first kind it lacks. */
export function evidenceText(a: FormAnswer): { found: string; hint: string | null } {
  const found = SIGNALS.filter((s) => a.signals[s].found);
  const missing = SIGNALS.find((s) => !a.signals[s].found);
  return {
    found: found.length
      ? `Evidence: ${found.map((s) => `${SIGNAL_LABELS[s]} (“${a.signals[s].triggers.slice(0, 2).join('”, “')}”)`).join('; ')}.`
      : 'No evidence signals yet.',
    hint: missing ? SIGNAL_HINTS[missing] : null,
  };
}
