import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import type { TemplateSummary } from '../../../shared/domain/consultationSnapshot.ts';
import type { ConsultationTemplate } from '../../../shared/templates/consultationTemplate.ts';
import { parseTemplate } from '../../../shared/templates/parseTemplate.ts';

export const BLANK_TEMPLATE_ID = 'blank';

/** A consultation to fill in: one chapter to add questions to, and nothing else. */
const BLANK: ConsultationTemplate = {
  id: BLANK_TEMPLATE_ID,
  title: 'Untitled consultation',
  chapters: [{ number: 1, title: 'Questions' }],
  questions: [],
};

/**
 * The consultations shipped in resources/templates (read once: they do not change while the app runs), and a
 * blank one. The one place templates are found and parsed, for new projects, the sample and the app alike.
 */
export function templatesIn(resourcesDir: string): TemplateLibrary {
  const templatesDir = resolve(resourcesDir, 'templates');
  let library = libraries.get(templatesDir);
  if (!library) libraries.set(templatesDir, (library = libraryOf(templatesDir)));
  return library;
}

// One library per folder, however many places ask for it (new projects, the sample, the app's handlers).
const libraries = new Map<string, TemplateLibrary>();

function libraryOf(templatesDir: string) {
  let shipped: Map<string, ConsultationTemplate> | null = null;
  const all = () =>
    (shipped ??= new Map(
      readdirSync(templatesDir)
        .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
        .sort()
        .map((file) => [
          file.replace(/\.json$/, ''),
          parseTemplate(file, readFileSync(join(templatesDir, file), 'utf8'), 'Untitled consultation'),
        ]),
    ));
  return {
    list(): TemplateSummary[] {
      const summaries = [...all()].map(([id, t]) => ({ id, title: t.title, questions: t.questions.length }));
      return [
        ...summaries,
        { id: BLANK_TEMPLATE_ID, title: 'A blank consultation (add your own questions)', questions: 0 },
      ];
    },
    /** A template by id ("send-green-paper-2022", or its file name). */
    load(id: string): ConsultationTemplate {
      if (id === BLANK_TEMPLATE_ID) return BLANK;
      const template = all().get(id.replace(/\.json$/, ''));
      if (!template) throw new AppError('not-found', `There is no consultation template called "${id}".`);
      return template;
    },
  };
}

export type TemplateLibrary = ReturnType<typeof libraryOf>;
