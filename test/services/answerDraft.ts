import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';

// Lexical's serialised nodes, written out by hand so the tests read the draft as the editor saves it.
export type Node = { type: string; $?: Record<string, unknown>; [key: string]: unknown };

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

export const link = (url: string, words: string): Node => ({ type: 'link', version: 1, url, children: [text(words)] });

export const paragraph = (...children: (string | Node)[]): Node => ({
  type: 'paragraph',
  version: 1,
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});

export const list = (ordered: boolean, ...items: string[]): Node => ({
  type: 'list',
  version: 1,
  listType: ordered ? 'number' : 'bullet',
  tag: ordered ? 'ol' : 'ul',
  children: items.map((item, i) => ({ type: 'listitem', version: 1, value: i + 1, children: [text(item)] })),
});

export const quote = (quoteId: number, sourceId: number, words: string, citation: string): Node => ({
  type: SOURCE_QUOTE_TYPE,
  version: 1,
  quoteId,
  sourceId,
  text: words,
  citation,
});

export const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** Saves a draft made from the project's initial one with these answers put under their questions' headings. */
export async function saveAnswers(project: ProjectServices, answers: Map<number, Node[]>): Promise<void> {
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: Node[] };
  };
  for (const [questionId, nodes] of answers) {
    const at = state.root.children.findIndex((n) => n.$?.[QUESTION_STATE_KEY] === questionId);
    if (at < 0) throw new Error(`No heading for question ${questionId}`);
    state.root.children.splice(at + 1, 0, ...nodes);
  }
  await project.drafts.save(JSON.stringify(state));
}
