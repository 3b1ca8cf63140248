import { AppError } from '../ipc/result.ts';
import type { ConsultationTemplate } from '../templates/consultationTemplate.ts';
import { codesToTemplate } from './codebookMapping.ts';
import { readRefiCodebook } from './readRefiXml.ts';

/** A .qdc codebook's text as a consultation to start from (see codesToTemplate), titled `title`. */
export function codebookTemplate(fileName: string, xml: string, title: string): ConsultationTemplate {
  const codebook = readRefiCodebook(fileName, xml);
  if (codebook.codes.length === 0)
    throw new AppError('invalid-input', `"${fileName}" could not be read: it has no codes in it.`);
  return codesToTemplate(codebook.codes, { title, origin: codebook.origin, answerTypes: codebook.answerTypes })
    .template;
}
