// Plain constants, without zod, so the window's first screen can use them without building any schema.
export const ANSWER_TYPES = ['open', 'agree-scale', 'yes-no'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The positions a respondent can take, by answer type; open questions have none. */
export const POSITIONS: Record<AnswerType, readonly string[]> = {
  open: [],
  'agree-scale': ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'],
  'yes-no': ['Yes', 'No', 'Not sure'],
};

/** Reads a template's free-text answer type ("agree/disagree scale + explanation", "yes/no + reason"). */
export function answerTypeFromLabel(label: string | undefined): AnswerType {
  if (!label) return 'open';
  if (/agree\s*\/\s*disagree/i.test(label)) return 'agree-scale';
  if (/^\s*yes\s*\/\s*no/i.test(label)) return 'yes-no';
  return 'open';
}
