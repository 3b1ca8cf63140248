import { answerTypeFromLabel, type AnswerType } from '../domain/answerTypes.ts';
import { SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceKind } from '../domain/sourceKinds.ts';

/*
 * What the user set up that REFI-QDA has no field for, carried in the standard's own parts so other tools show it as
 * what it is and the app reads it back: a source's kind, author, date and web address as text variables of the source
 * (document attributes or variables elsewhere), a question's answer type as a set of codes (a code set or group elsewhere).
 */

export const SOURCE_KIND_VARIABLE = 'Source kind';

export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_LABELS[kind];
}

/** The kind a "Source kind" value names ("Web page"), or null for a value the app does not know. */
export function sourceKindFromLabel(label: string): SourceKind | null {
  const wanted = label.trim().toLowerCase();
  return SOURCE_KINDS.find((kind) => SOURCE_KIND_LABELS[kind].toLowerCase() === wanted) ?? null;
}

export function isSourceKindVariable(name: string): boolean {
  return name.trim().toLowerCase() === SOURCE_KIND_VARIABLE.toLowerCase();
}

/** A source's details as text variables of the source, so a round trip keeps what the user set, not a new guess. */
export const SOURCE_DETAIL_VARIABLES = {
  author: 'Author',
  publishedOn: 'Date published',
  url: 'Web address',
} as const;
export type SourceDetail = keyof typeof SOURCE_DETAIL_VARIABLES;
export type SourceDetails = Partial<Record<SourceDetail, string>>;

/** The detail a variable holds ("Author" holds the author), or null for any other variable. */
export function sourceDetailOfVariable(name: string): SourceDetail | null {
  const wanted = name.trim().toLowerCase();
  const found = Object.entries(SOURCE_DETAIL_VARIABLES).find(([, label]) => label.toLowerCase() === wanted);
  return found ? (found[0] as SourceDetail) : null;
}

const ANSWER_TYPE_SET = 'Answer type: ';

/** Labels as the consultation templates write them, so reading one back needs no second vocabulary. */
const ANSWER_TYPE_LABELS: Record<Exclude<AnswerType, 'open'>, string> = {
  'agree-scale': 'agree/disagree scale',
  'yes-no': 'yes/no with reasons',
};

/** The set holding the codes of questions with this answer type; open questions (the default) are in none. */
export function answerTypeSetName(type: Exclude<AnswerType, 'open'>): string {
  return ANSWER_TYPE_SET + ANSWER_TYPE_LABELS[type];
}

/** The template label of the answer type a set's name gives ("agree/disagree scale"), or null for any other set. */
export function answerTypeLabelOfSet(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed.startsWith(ANSWER_TYPE_SET)) return null;
  const label = trimmed.slice(ANSWER_TYPE_SET.length);
  return answerTypeFromLabel(label) === 'open' ? null : label;
}
