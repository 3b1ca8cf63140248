import type { Consultation } from '../domain/consultation.ts';
import { ConsultationTemplateSchema, type ConsultationTemplate } from '../templates/consultationTemplate.ts';
import { isAppOrigin, type RefiCode } from './refiModel.ts';

const SHORT_NAME = 80;
// A question whose wording is only a topic label says so in its code's name ("Q8 (topic label): …"), so that reading
// the file back keeps it marked as not yet in the consultation's own words (and an analyst sees it too).
const TOPIC_LABEL = ' (topic label)';
const TOPIC_LABEL_NAME = /^Q\d* \(topic label\):/;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The consultation as a code tree: each chapter a parent code (not codable itself), each question a code named
 * "Q5: <first words>" with its full wording as the description. Questions of the unnumbered closing group ("Other
 * questions") are top-level codes, so reading the tree back puts them in that group again.
 */
export function consultationToCodes(
  consultation: Pick<Consultation, 'chapters'>,
  guidOf: (kind: 'chapter' | 'question', id: number) => string,
): RefiCode[] {
  const question = (q: Consultation['chapters'][number]['questions'][number]): RefiCode => ({
    guid: guidOf('question', q.id),
    name: `Q${q.number ?? ''}${q.verified ? '' : TOPIC_LABEL}: ${shorten(q.title, SHORT_NAME)}`,
    description: q.title,
    isCodable: true,
    children: [],
  });
  return consultation.chapters.flatMap((chapter) =>
    chapter.number === null
      ? chapter.questions.map(question)
      : [
          {
            guid: guidOf('chapter', chapter.id),
            name: shorten(chapter.title, 500),
            description: '',
            isCodable: false,
            children: chapter.questions.map(question),
          },
        ],
  );
}

export type CodebookTemplate = {
  template: ConsultationTemplate;
  /** Which question each code became (by the question's number), for filing imported quotes. */
  questionByCode: Map<string, number>;
};

/**
 * A code tree as a consultation to start from. A top-level code with codes under it (or one that cannot be coded)
 * is a chapter, and every codable code beneath it, however deep, a question in it; other top-level codes are
 * questions of a closing group. A chapter's own code becomes a question too when `used` says passages are coded
 * with it, so no coding is lost. The app's own files carry the wording as the description (a topic label is named as
 * such); other tools' code names are labels, so they become questions marked as not yet in the consultation's own
 * words. `answerTypes` gives a code's answer type (from the app's "Answer type: …" sets); other codes are open.
 */
export function codesToTemplate(
  codes: readonly RefiCode[],
  options: {
    title: string;
    origin: string;
    used?: ReadonlySet<string>;
    answerTypes?: ReadonlyMap<string, string>;
  },
): CodebookTemplate {
  const ours = isAppOrigin(options.origin);
  const chapters: ConsultationTemplate['chapters'] = [];
  const chaptered: { code: RefiCode; chapter: number }[] = [];
  const loose: RefiCode[] = [];
  for (const code of codes) {
    if (code.children.length === 0 && code.isCodable) {
      loose.push(code);
      continue;
    }
    const number = chapters.length + 1;
    chapters.push({
      number,
      title: code.name || 'Untitled group',
      ...(code.description ? { summary: code.description } : {}),
    });
    if (code.isCodable && options.used?.has(code.guid)) chaptered.push({ code, chapter: number });
    const descend = (children: readonly RefiCode[]) => {
      for (const c of children) {
        if (c.isCodable) chaptered.push({ code: c, chapter: number });
        descend(c.children);
      }
    };
    descend(code.children);
  }
  // A flat list of codes (most tools' simplest codebook) is one chapter of questions, not a closing group.
  const flat = chapters.length === 0 && loose.length > 0;
  if (flat) chapters.push({ number: 1, title: 'Questions' });
  const ordered = [...chaptered, ...loose.map((code) => ({ code, chapter: flat ? 1 : null }))];
  const questionByCode = new Map<string, number>();
  const questions = ordered.map(({ code, chapter }, i) => {
    if (!questionByCode.has(code.guid)) questionByCode.set(code.guid, i + 1);
    const name = code.name || 'Untitled code';
    const answerType = options.answerTypes?.get(code.guid);
    return {
      number: i + 1,
      chapter,
      text: ours ? code.description || name : name,
      verified: ours && !TOPIC_LABEL_NAME.test(name),
      ...(!ours && code.description ? { topic: code.description } : {}),
      ...(answerType ? { answer_type: answerType } : {}),
    };
  });
  if (chapters.length === 0) chapters.push({ number: 1, title: 'Questions' });
  const template = ConsultationTemplateSchema.parse({
    id: 'refi-qda',
    title: options.title.trim() || 'Untitled consultation',
    chapters,
    questions,
  });
  return { template, questionByCode };
}
