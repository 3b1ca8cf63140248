import type { DocBlock, Run } from '../draft/documentModel.ts';
import { answerFormText } from '../form/formText.ts';
import { countOf } from '../text/plural.ts';

export type ImportQuestion = { id: number; number: number | null; title: string };

/** One question's part of an imported draft: the blocks under its heading. */
export type MatchedSection = { questionId: number; number: number | null; blocks: DocBlock[] };

/** A part of the file left out: what it is, for the report, and its text, for the writer to copy by hand. */
export type UnmatchedPart = { summary: string; text: string };

export type SectionMatch = {
  sections: MatchedSection[];
  /** What could not be put anywhere: text before the first question, or a heading naming no question we have. */
  unmatched: UnmatchedPart[];
};

// "Question 5", "Question 5:", "Q5", "Q.5", "Q 5 -" at the start of a line.
const NAMED_NUMBER = /^\s*(?:question|q)\s*\.?\s*(\d{1,3})(?![\d])[\s.:)\-–—]*/i;
// "5." or "5)" at the start of a line: a question only where the line is set apart as a heading (or says the wording).
const BARE_NUMBER = /^\s*(\d{1,3})\s*[.)](?!\d)\s*/;

function textOf(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The line says the question's wording: nearly all of its words, and not much else. */
function saysWording(line: string, title: string): boolean {
  const titleWords = words(title);
  const lineWords = words(line);
  if (titleWords.length === 0 || lineWords.length === 0) return false;
  const inLine = new Set(lineWords);
  const shared = titleWords.filter((w) => inLine.has(w)).length;
  return shared / titleWords.length >= 0.8 && lineWords.length <= titleWords.length * 1.5 + 5;
}

/** A line set apart as a heading: a heading, or a paragraph entirely in bold. */
function isHeadingLike(block: DocBlock): boolean {
  if (block.kind === 'heading') return true;
  return (
    block.kind === 'paragraph' &&
    block.runs.some((r) => r.text.trim()) &&
    block.runs.every((r) => r.bold || !r.text.trim())
  );
}

/** The paragraph without its first `chars` characters (the "Q5:" that started it). */
function dropPrefix(runs: readonly Run[], chars: number): Run[] {
  const kept: Run[] = [];
  let skip = chars;
  for (const run of runs) {
    if (skip >= run.text.length) {
      skip -= run.text.length;
      continue;
    }
    kept.push({ ...run, text: run.text.slice(skip) });
    skip = 0;
  }
  return kept;
}

type Start = { question: ImportQuestion | null; label: string; rest: DocBlock | null };

/** Whether a block starts a question's section, which question, and any answer text on the same line. */
function sectionStart(block: DocBlock, questions: readonly ImportQuestion[]): Start | null {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return null;
  const line = block.kind === 'heading' ? block.text : textOf(block.runs);
  const headingLike = isHeadingLike(block);
  const named = NAMED_NUMBER.exec(line);
  const bare = named ? null : BARE_NUMBER.exec(line);
  const numbered = named ?? bare;
  if (numbered) {
    const n = Number(numbered[1]);
    const question = questions.find((q) => q.number === n) ?? null;
    const after = line.slice(numbered[0].length);
    const wording = question !== null && saysWording(after, question.title);
    if (bare && !headingLike && !wording) return null;
    // "Q5: We agree…" in a paragraph: the words after the number are the start of the answer.
    const rest =
      block.kind === 'paragraph' && !headingLike && !wording && after.trim()
        ? { kind: 'paragraph' as const, runs: dropPrefix(block.runs, numbered[0].length) }
        : null;
    return { question, label: line.trim(), rest };
  }
  if (!headingLike && line.length > 1000) return null;
  const question = questions.find((q) => saysWording(line, q.title));
  return question ? { question, label: line.trim(), rest: null } : null;
}

function describe(block: DocBlock): string {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph') return textOf(block.runs);
  if (block.kind === 'list') return block.items.map(textOf).join(' ');
  return '';
}

/** Blocks as plain text, paragraphs apart and lists as lines, as they would be pasted. */
export function plainText(blocks: readonly DocBlock[]): string {
  return answerFormText(blocks, (_source, citation) => citation);
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

/**
 * Splits an imported draft into the consultation's questions, by the headings (or bold lines) that name them:
 * "Question 5", "Q5", "5." or the question's wording. The same question twice is one answer, in the file's order.
 */
export function matchQuestions(blocks: readonly DocBlock[], questions: readonly ImportQuestion[]): SectionMatch {
  const byId = new Map<number, MatchedSection>();
  const unmatched: UnmatchedPart[] = [];
  let current: MatchedSection | null = null;
  const before: DocBlock[] = [];
  let lost: { label: string; blocks: DocBlock[] } | null = null;
  const closeLost = () => {
    if (lost)
      unmatched.push({
        summary: `“${excerpt(lost.label)}” names no question in this consultation`,
        text: [lost.label, plainText(lost.blocks)].filter(Boolean).join('\n\n'),
      });
    lost = null;
  };
  for (const block of blocks) {
    const start = sectionStart(block, questions);
    if (start) {
      closeLost();
      if (start.question) {
        current = byId.get(start.question.id) ?? {
          questionId: start.question.id,
          number: start.question.number,
          blocks: [],
        };
        byId.set(start.question.id, current);
      } else {
        current = null;
        lost = { label: start.label, blocks: [] };
      }
      if (start.rest && current) current.blocks.push(start.rest);
      continue;
    }
    if (current) current.blocks.push(block);
    else if (lost) lost.blocks.push(block);
    else before.push(block);
  }
  closeLost();
  const preamble = before.map(describe).filter((t) => t.trim());
  if (preamble.length && byId.size > 0)
    unmatched.unshift({
      summary: `${countOf(preamble.length, 'paragraph')} before the first question, starting “${excerpt(preamble[0]!)}”`,
      text: plainText(before),
    });
  const sections = [...byId.values()].filter((s) => s.blocks.length > 0);
  return { sections, unmatched };
}
