import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import type { TemplateSummary } from '../../../shared/domain/consultationSnapshot.ts';
import type { ConsultationTemplate } from '../../../shared/templates/consultationTemplate.ts';
import { parseTemplate } from '../../../shared/templates/parseTemplate.ts';

export const BLANK_TEMPLATE_ID = 'blank';

/** A consultation to fill in: one chapter to add questions to, and nothing else. */
const BLANK: ConsultationTemplate = { id: BLANK_TEMPLATE_ID, title: 'Untitled consultation', chapters: [{ number: 1, title: 'Questions' }], questions: [] };

/** The consultations shipped in resources/templates, and a blank one. */
export function createTemplateLibrary(templatesDir: string) {
  const files = () => readdirSync(templatesDir).filter((f) => /^[a-z0-9-]+\.json$/.test(f)).sort();
  const read = (file: string) => parseTemplate(file, readFileSync(join(templatesDir, file), 'utf8'), 'Untitled consultation');
  return {
    list(): TemplateSummary[] {
      const shipped = files().map((file) => {
        const template = read(file);
        return { id: file.replace(/\.json$/, ''), title: template.title, questions: template.questions.length };
      });
      return [...shipped, { id: BLANK_TEMPLATE_ID, title: 'A blank consultation (add your own questions)', questions: 0 }];
    },
    load(id: string): ConsultationTemplate {
      if (id === BLANK_TEMPLATE_ID) return BLANK;
      const file = files().find((f) => f === `${id}.json`);
      if (!file) throw new AppError('not-found', `There is no consultation template called "${id}".`);
      return read(file);
    },
  };
}
export type TemplateLibrary = ReturnType<typeof createTemplateLibrary>;
