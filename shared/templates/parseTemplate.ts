import { AppError } from '../ipc/result.ts';
import { ConsultationTemplateSchema, type ConsultationTemplate } from './consultationTemplate.ts';
import { templateFromCsv } from './templateCsv.ts';
import { codebookTemplate } from '../refiQda/codebookTemplate.ts';
import { ThemeSetFileSchema, themeSetsToTemplate } from './themeSetTemplate.ts';

// A consultation has tens of questions; thousands means the wrong file.
const MAX_QUESTIONS = 1000;
const MAX_QUESTION_CHARS = 2000;

function notATemplate(fileName: string, why: string): AppError {
  return new AppError('invalid-input', `"${fileName}" is not a consultation the app can read: ${why}`);
}

/**
 * A consultation from a file's text: CSV (chapter, number, question text, answer type, word limit) or JSON
 * (the template format, or the theme-set format of send-review-key-areas.json). Every question must sit in a
 * chapter the file names, so nothing is dropped without the user knowing.
 */
export function parseTemplate(fileName: string, text: string, fallbackTitle: string): ConsultationTemplate {
  let template: ConsultationTemplate;
  if (/\.qdc$/i.test(fileName)) {
    // A codebook from a qualitative-analysis tool (REFI-QDA): its code tree as chapters and questions.
    template = codebookTemplate(fileName, text, fallbackTitle);
  } else if (/\.csv$/i.test(fileName)) {
    try {
      template = templateFromCsv(text, fallbackTitle);
    } catch (error) {
      throw notATemplate(fileName, error instanceof Error ? error.message : String(error));
    }
  } else {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw notATemplate(fileName, 'it is not valid JSON (or a CSV file named .csv).');
    }
    const themeSets = ThemeSetFileSchema.safeParse(json);
    const parsed = themeSets.success
      ? { success: true as const, data: themeSetsToTemplate(themeSets.data) }
      : ConsultationTemplateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw notATemplate(fileName, `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'unexpected shape'}.`);
    }
    template = parsed.data;
  }
  if (template.questions.length === 0) throw notATemplate(fileName, 'it has no questions in it.');
  if (template.questions.length > MAX_QUESTIONS)
    throw notATemplate(fileName, `it has more than ${MAX_QUESTIONS} questions.`);
  const long = template.questions.find((q) => q.text.length > MAX_QUESTION_CHARS);
  if (long) throw notATemplate(fileName, `question ${long.number} is longer than ${MAX_QUESTION_CHARS} characters.`);
  const chapters = new Set(template.chapters.map((c) => c.number));
  const lost = template.questions.find((q) => q.chapter !== null && !chapters.has(q.chapter));
  if (lost)
    throw notATemplate(
      fileName,
      `question ${lost.number} is in chapter ${lost.chapter}, which the file does not list.`,
    );
  return template;
}
