// Inputs for the event-loop bench, made before measuring: a 100-page PDF, 20 Word files, and a 1 MB draft.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Consultation } from '../../shared/domain/consultation.ts';
import { SHELL_START } from '../../shared/draft/draftBlocks.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { paragraph, rng } from './corpus.ts';
import { makePdf } from './makePdf.ts';

export type EventLoopInputs = {
  files: { fileName: string; bytes: Uint8Array }[];
  /** The draft as autosave sends it whole: its root's own fields and each top-level block's JSON. */
  draft: { shell: string; blocks: string[]; chars: number; words: number };
};

const DRAFT_CHARS = 1024 * 1024;

async function wordFile(random: () => number, n: number): Promise<Uint8Array> {
  const children = [new Paragraph(`Evidence document ${n}`)];
  for (let p = 0; p < 400; p++) {
    children.push(
      p % 25 === 0
        ? new Paragraph({ text: `Section ${p / 25 + 1}`, heading: HeadingLevel.HEADING_2 })
        : new Paragraph(paragraph(random)),
    );
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The consultation's own starting draft with generated answers under every question, to about 1 MB of JSON. */
function longDraft(consultation: Consultation, random: () => number): EventLoopInputs['draft'] {
  type Node = { type: string; $?: Record<string, number> };
  const { children, ...rootFields } = (JSON.parse(initialDraftState(consultation)) as { root: { children: Node[] } })
    .root;
  const questions = children.flatMap((node, at) =>
    node.type === 'heading' && node.$?.[QUESTION_STATE_KEY] ? [at] : [],
  );
  const answers = new Map<number, Node[]>(questions.map((at) => [at, []]));
  let chars = JSON.stringify(children).length;
  let words = 0;
  for (let i = 0; chars < DRAFT_CHARS; i++) {
    const text = paragraph(random);
    const block = {
      type: 'paragraph',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    };
    answers.get(questions[i % questions.length]!)!.push(block);
    chars += JSON.stringify(block).length + 1;
    words += text.split(/\s+/).length;
  }
  const blocks = children.flatMap((node, at) => [node, ...(answers.get(at) ?? [])]).map((n) => JSON.stringify(n));
  const shell = `${SHELL_START},${JSON.stringify(rootFields).slice(1)}}`;
  return { shell, blocks, chars: blocks.reduce((n, b) => n + b.length + 1, shell.length), words };
}

export async function makeEventLoopInputs(consultation: Consultation): Promise<EventLoopInputs> {
  const random = rng(4242);
  const pdf = makePdf(
    Array.from({ length: 100 * 9 }, () => paragraph(random)),
    60,
    100,
  );
  const files = [{ fileName: 'hundred-pages.pdf', bytes: pdf }];
  for (let i = 1; i <= 20; i++) files.push({ fileName: `evidence-${i}.docx`, bytes: await wordFile(random, i) });
  return { files, draft: longDraft(consultation, random) };
}
