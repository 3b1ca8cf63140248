// Generated updates of a source, each quote's expected outcome labelled before anything is re-anchored.
import { Document, Packer, Paragraph } from 'docx';
import { paragraph, sentence } from './corpus.ts';
import { makePdf } from './makePdf.ts';

/** 'review' means changed or gone: the quote must not move silently. */
export type Expected = 'unchanged' | 'review';
export type LabelledQuote = { words: string; expected: Expected };
export type FileFormat = 'txt' | 'docx' | 'pdf';
export type UpdateCase = {
  name: string;
  edit: string;
  before: { fileName: string; bytes: Uint8Array };
  after: { fileName: string; bytes: Uint8Array };
  quotes: LabelledQuote[];
};

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A passage of 40–200 characters inside one paragraph, starting and ending on word boundaries. */
function passageIn(random: Random, text: string): string | null {
  const words = text.split(' ');
  if (words.length < 6) return null;
  const from = Math.floor(random() * (words.length - 5));
  let to = from + 6;
  while (to < words.length && words.slice(from, to).join(' ').length < 40 + random() * 160) to++;
  const passage = words.slice(from, to).join(' ');
  return passage.length >= 40 ? passage : null;
}

function figureSentence(random: Random): string {
  const amount = 100 + Math.floor(random() * 900);
  return `Funding for high needs rose to £${amount} million in ${2018 + Math.floor(random() * 7)}.`;
}

/** Generated paragraphs with figures in some, like a written answer or a report. */
export function generatedParagraphs(random: Random, count: number): string[] {
  return Array.from({ length: count }, () =>
    random() < 0.3 ? `${paragraph(random)} ${figureSentence(random)}` : paragraph(random),
  );
}

type Edited = { after: string[]; quotes: LabelledQuote[] };
type Quoted = { paragraph: number; words: string };

/** Quotes pulled from the old paragraphs, each unique in the whole text so its expected outcome is unambiguous. */
function chooseQuotes(random: Random, paragraphs: readonly string[], wanted: number): Quoted[] {
  const whole = paragraphs.join('\n\n');
  const chosen: Quoted[] = [];
  for (let tries = 0; chosen.length < wanted && tries < wanted * 20; tries++) {
    const i = Math.floor(random() * paragraphs.length);
    const words = passageIn(random, paragraphs[i]!);
    if (!words || whole.indexOf(words) !== whole.lastIndexOf(words)) continue;
    if (chosen.some((q) => q.paragraph === i)) continue;
    chosen.push({ paragraph: i, words });
  }
  return chosen;
}

/** The edits a re-issued document goes through, each labelling what must happen to every quote. */
export const EDITS: Record<string, (random: Random, before: string[], quotes: Quoted[]) => Edited> = {
  'inserted paragraphs': (random, before, quotes) => {
    const after = [...before];
    for (let k = 0; k < 4; k++) after.splice(Math.floor(random() * after.length), 0, paragraph(random));
    return { after, quotes: quotes.map((q) => ({ words: q.words, expected: 'unchanged' })) };
  },
  'deleted paragraphs': (random, before, quotes) => {
    const gone = new Set(quotes.filter(() => random() < 0.4).map((q) => q.paragraph));
    // A re-issue keeps some of its text: never every paragraph.
    if (gone.size === before.length) gone.delete(quotes[0]!.paragraph);
    return {
      after: before.filter((_, i) => !gone.has(i)),
      quotes: quotes.map((q) => ({ words: q.words, expected: gone.has(q.paragraph) ? 'review' : 'unchanged' })),
    };
  },
  'corrected words and figures': (random, before, quotes) => {
    const after = [...before];
    const labelled = quotes.map((q): LabelledQuote => {
      if (random() < 0.5) return { words: q.words, expected: 'unchanged' };
      const words = q.words.split(' ');
      const at = 1 + Math.floor(random() * (words.length - 2));
      const old = words[at]!;
      words[at] = /\d/.test(old) ? old.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : `${old}s`;
      after[q.paragraph] = after[q.paragraph]!.replace(q.words, words.join(' '));
      return { words: q.words, expected: 'review' };
    });
    return { after, quotes: labelled };
  },
  'reordered sections': (random, before, quotes) => {
    const size = Math.max(2, Math.floor(before.length / 6));
    const sections: string[][] = [];
    for (let i = 0; i < before.length; i += size) sections.push(before.slice(i, i + size));
    for (let i = sections.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sections[i], sections[j]] = [sections[j]!, sections[i]!];
    }
    return { after: sections.flat(), quotes: quotes.map((q) => ({ words: q.words, expected: 'unchanged' })) };
  },
  'white space and line breaks': (random, before, quotes) => ({
    after: before.map((p) =>
      p.replace(/ /g, () => (random() < 0.08 ? '\n' : random() < 0.03 ? '  ' : ' ')).replace(/\n(?=\n)/g, ' '),
    ),
    quotes: quotes.map((q) => ({ words: q.words, expected: 'unchanged' })),
  }),
  // The quoted paragraph is cut, and the same words turn up elsewhere in a new paragraph about something else:
  // the quote must not move there silently (it is shorter than a passage that stands alone).
  'same words in a new place': (random, before, quotes) => {
    const after = [...before];
    const labelled = quotes.map((q): LabelledQuote => {
      if (random() < 0.6 || q.words.length >= 80) return { words: q.words, expected: 'unchanged' };
      after[q.paragraph] = `${sentence(random)} As one respondent put it, ${q.words.toLowerCase()} ${sentence(random)}`;
      return { words: q.words, expected: 'review' };
    });
    return { after, quotes: labelled };
  },
  'a mix of everything': (random, before, quotes) => {
    let state: Edited = { after: before, quotes: quotes.map((q) => ({ words: q.words, expected: 'unchanged' })) };
    for (const name of ['corrected words and figures', 'deleted paragraphs'] as const) {
      const next = EDITS[name]!(random, state.after, quotes);
      state = {
        after: next.after,
        quotes: state.quotes.map((q, i) => ({
          words: q.words,
          expected: q.expected === 'review' || next.quotes[i]!.expected === 'review' ? 'review' : 'unchanged',
        })),
      };
    }
    // Reordering and inserting keep paragraph indices meaningless afterwards, so they come last.
    const reordered = EDITS['reordered sections']!(random, state.after, []);
    const inserted = EDITS['inserted paragraphs']!(random, reordered.after, []);
    return { after: inserted.after, quotes: state.quotes };
  },
};

async function encode(
  paragraphs: string[],
  format: FileFormat,
  layout = { width: 90, lines: 60 },
): Promise<Uint8Array> {
  if (format === 'pdf') return makePdf(paragraphs, layout.lines, Infinity, layout.width);
  if (format === 'docx') {
    const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
    return new Uint8Array(await Packer.toBuffer(doc));
  }
  return new TextEncoder().encode(paragraphs.join('\n\n'));
}

/** One update of `before` by the named edit, written as files of the given format. */
export async function makeCase(
  random: Random,
  name: string,
  before: string[],
  edit: string,
  format: FileFormat,
  quotesWanted: number,
): Promise<UpdateCase> {
  const quoted = chooseQuotes(random, before, quotesWanted);
  const { after, quotes } = EDITS[edit]!(random, before, quoted);
  const stem = name.replace(/\W+/g, '-');
  return {
    name,
    edit,
    before: { fileName: `${stem}.${format}`, bytes: await encode(before, format) },
    after: { fileName: `${stem}-v2.${format}`, bytes: await encode(after, format) },
    quotes,
  };
}

/** The same paragraphs exported again as a PDF with another page size and line length. */
export async function relayoutCase(
  random: Random,
  name: string,
  paragraphs: string[],
  quotesWanted: number,
): Promise<UpdateCase> {
  const quoted = chooseQuotes(random, paragraphs, quotesWanted);
  return {
    name,
    edit: 'PDF re-exported with another layout',
    before: { fileName: `${name}.pdf`, bytes: await encode(paragraphs, 'pdf') },
    after: { fileName: `${name}-relaid.pdf`, bytes: await encode(paragraphs, 'pdf', { width: 68, lines: 42 }) },
    quotes: quoted.map((q) => ({ words: q.words, expected: 'unchanged' })),
  };
}

export { pick };

/** An update of a real file: the file itself first, then its text edited and written out again. */
export async function realFileCase(
  random: Random,
  name: string,
  file: { fileName: string; bytes: Uint8Array },
  paragraphs: string[],
  edit: string,
  quotesWanted: number,
): Promise<UpdateCase> {
  const quoted = chooseQuotes(random, paragraphs, quotesWanted);
  const { after, quotes } = EDITS[edit]!(random, paragraphs, quoted);
  // A re-issued PDF comes back as a PDF when its characters fit the generator's font, else as text.
  const format: FileFormat = file.fileName.endsWith('.docx')
    ? 'docx'
    : file.fileName.endsWith('.pdf') && after.every((p) => /^[\x20-\xff]*$/.test(p))
      ? 'pdf'
      : 'txt';
  return {
    name,
    edit,
    before: file,
    after: { fileName: `${name.replace(/\W+/g, '-')}-v2.${format}`, bytes: await encode(after, format) },
    quotes,
  };
}
