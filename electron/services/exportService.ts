import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../shared/ids.ts';
import { fullCitation } from '../../shared/citation.ts';
import { draftToDocument } from '../../shared/draft/documentModel.ts';
import type { DraftsService } from './draftsService.ts';
import type { ThemesService } from './themesService.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { findSourcesByIds } from './repositories/sourcesRepository.ts';
import { getMeta } from './repositories/projectMetaRepository.ts';
import { writeDocx } from './export/docxWriter.ts';

export type ExportedFile = { fileName: string; bytes: Uint8Array };

function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${cleaned || 'Consultation response'}.docx`;
}

export function createExportService(db: Database, drafts: DraftsService, themes: ThemesService) {
  return {
    /** The response as a Word document: the saved draft, with each quotation's source cited in a footnote. */
    async buildDocx(): Promise<ExportedFile> {
      const consultation = await themes.getConsultation();
      const draft = await drafts.get();
      const projectName = getMeta(db, 'name') ?? 'Consultation response';
      const model = draftToDocument(draft.content ?? initialDraftState(consultation), projectName, consultation.title);

      const citedIds = [...new Set(model.blocks.flatMap((b) => (b.kind === 'quote' ? [b.sourceId] : [])))];
      const sources = new Map(findSourcesByIds(db, citedIds).map((s) => [s.id, s]));
      const citationOf = (id: SourceId, fallback: string) => {
        const source = sources.get(id);
        return source ? fullCitation(source) : fallback;
      };
      const quoteCitations = new Map(
        model.blocks.flatMap((b) => (b.kind === 'quote' ? [[b.sourceId, citationOf(b.sourceId, b.citation)] as const] : [])),
      );
      const bytes = await writeDocx(model, {
        footnoteFor: (id) => quoteCitations.get(id) ?? '',
        references: [...new Set(quoteCitations.values())],
      });
      return { fileName: safeFileName(projectName), bytes };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
