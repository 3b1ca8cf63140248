// The long response the typing and export measurements share: 100 pages of answer text (1,000 paragraphs) with
// 500 quotations pulled from the project's sources, spread over the answers as a real response is.
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import type { QuestionId } from '../../shared/ids.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { paragraph, rng } from './corpus.ts';

type Node = { type: string; $?: Record<string, unknown> };

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const para = (t: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [text(t)],
});

/** The empty draft of the project's consultation (its headings only), as saved editor state. */
export async function emptyDraft(project: ProjectServices): Promise<string> {
  return initialDraftState(await project.consultation.getConsultation());
}

/** Saved editor state for a draft with `paragraphs` paragraphs and a quotation after every other one, up to `quotes`. */
export async function longDraft(project: ProjectServices, paragraphs: number, quotes: number): Promise<string> {
  const random = rng(7);
  const sources = await Promise.all((await project.sources.list()).map((s) => project.sources.get(s.id)));
  const state = JSON.parse(await emptyDraft(project)) as { root: { children: Node[] } };
  const answers = state.root.children.flatMap((node, i) =>
    node.type === 'heading' && typeof node.$?.[QUESTION_STATE_KEY] === 'number' ? [i] : [],
  );
  const written: Node[][] = answers.map(() => []);
  for (let i = 0; i < paragraphs; i++) {
    const answer = Math.floor((i * answers.length) / paragraphs);
    const share = written[answer]!;
    share.push(para(paragraph(random)));
    if (i % 2 === 0 && i / 2 < quotes) {
      const source = sources[i % sources.length]!;
      const start = Math.floor(random() * (source.text.length - 200));
      // Filed under the question it answers, as the writer would have, so the evidence pack has it there too.
      const questionId = state.root.children[answers[answer]!]!.$![QUESTION_STATE_KEY] as QuestionId;
      const quote = await project.quotes.create({
        sourceId: source.id,
        start,
        end: start + 120,
        questionIds: [questionId],
      });
      share.push({
        type: SOURCE_QUOTE_TYPE,
        version: 1,
        quoteId: quote.id,
        sourceId: source.id,
        text: quote.fragments[0]!.text,
        citation: source.title,
      } as Node);
    }
  }
  // From the last answer back, so the earlier headings' places stay true; each share goes after its heading's blocks.
  for (let a = answers.length - 1; a >= 0; a--) {
    const end = state.root.children.findIndex((node, i) => i > answers[a]! && node.type === 'heading');
    state.root.children.splice(end === -1 ? state.root.children.length : end, 0, ...written[a]!);
  }
  return JSON.stringify(state);
}
