import { toCsv } from '../csv.ts';
import type { ConsultationTemplate } from './consultationTemplate.ts';

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export const TEMPLATE_CSV_HEADER = ['chapter', 'number', 'question text', 'answer type', 'word limit'];

const ANSWER_TYPE_LABELS: Record<string, string> = {
  open: 'open text',
  'agree-scale': 'agree/disagree scale',
  'yes-no': 'yes/no with reasons',
};

export function templateToCsv(template: ConsultationTemplate): string {
  const chapterName = (n: number | null) => {
    const c = template.chapters.find((ch) => ch.number === n);
    return c ? `${c.number}: ${c.title}` : '';
  };
  return toCsv([
    TEMPLATE_CSV_HEADER,
    ...template.questions.map((q) => [
      chapterName(q.chapter),
      q.number,
      q.text,
      ANSWER_TYPE_LABELS[q.answer_type ?? 'open'] ?? q.answer_type ?? 'open text',
      q.word_limit ?? template.answer_word_limit ?? '',
    ]),
  ]);
}

/** Reads a consultation from CSV: one row per question; chapters in the order they first appear. */
export function templateFromCsv(text: string, title: string): ConsultationTemplate {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  if (col('question text') < 0)
    throw new Error(
      'The CSV needs a "question text" column (and optionally chapter, number, answer type, word limit).',
    );
  const chapters: ConsultationTemplate['chapters'] = [];
  const questions: ConsultationTemplate['questions'] = [];
  for (const [i, row] of rows.slice(1).entries()) {
    const get = (name: string) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
    const questionText = get('question text');
    if (!questionText) continue;
    const chapterCell = get('chapter');
    let chapterNumber: number | null = null;
    if (chapterCell) {
      const m = /^(\d+)\s*[:.)-]?\s*(.*)$/.exec(chapterCell);
      const existing = chapters.find(
        (c) => `${c.number}: ${c.title}` === chapterCell || c.title === chapterCell || (m && c.number === Number(m[1])),
      );
      if (existing) chapterNumber = existing.number;
      else {
        chapterNumber = m ? Number(m[1]) : chapters.length + 1;
        chapters.push({ number: chapterNumber, title: (m ? m[2] : chapterCell) || `Chapter ${chapterNumber}` });
      }
    }
    const n = Number(get('number'));
    const words = Number(get('word limit'));
    questions.push({
      number: Number.isInteger(n) && n > 0 ? n : i + 1,
      chapter: chapterNumber,
      text: questionText,
      verified: true,
      answer_type: get('answer type') || 'open text',
      ...(Number.isInteger(words) && words > 0 ? { word_limit: words } : {}),
    });
  }
  if (questions.length === 0) throw new Error('The CSV has no questions in it.');
  return { id: 'imported', title, chapters, questions };
}
