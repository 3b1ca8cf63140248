import type { Database } from 'better-sqlite3';
import { createDraftsService } from '../draftsService.ts';
import { createExportService } from '../exportService.ts';
import { createFormService } from '../formService.ts';
import { createDraftImportService } from '../draftImportService.ts';
import { createFormSettingsService } from '../formSettingsService.ts';
import { createQuotesService } from '../quotesService.ts';
import { createReadinessService } from '../readinessService.ts';
import { createSourcesService } from '../sourcesService.ts';
import { createSourceVersionsService } from '../sourceVersionsService.ts';
import { createConsultationService } from '../consultationService.ts';
import { getMeta } from '../repositories/projectMetaRepository.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { createImportService } from '../importService.ts';
import { createSearchService } from '../searchService.ts';
import { createSuggestionsService } from '../suggestionsService.ts';
import { createProjectDetailsService } from '../projectDetailsService.ts';
import { defaultImporters } from '../importers/registry.ts';
import { createRefiQdaExport } from '../refiQda/refiQdaExport.ts';

/** Everything the app can do with one open project file. */
export function createProjectServices(db: Database, path: string) {
  const drafts = createDraftsService(db);
  const consultation = createConsultationService(db);
  const sources = createSourcesService(db);
  const details = createProjectDetailsService(db);
  const quotes = createQuotesService(db);
  const formSettings = createFormSettingsService(db, consultation);
  const form = createFormService(db, drafts, consultation);
  return {
    path,
    db,
    name: () => getMeta(db, 'name') ?? 'Untitled project',
    details,
    sources,
    versions: createSourceVersionsService(db, drafts),
    imports: createImportService(sources, defaultImporters),
    search: createSearchService(db),
    suggestions: createSuggestionsService(db),
    quotes,
    consultation,
    drafts,
    draftImport: createDraftImportService(drafts, consultation),
    formSettings,
    form,
    export: createExportService(db, drafts, consultation, details, formSettings),
    readiness: createReadinessService(drafts, consultation, details, quotes, form),
    refiQda: createRefiQdaExport(db, consultation, details),
    close: () => db.close(),
  };
}
export type ProjectServices = ReturnType<typeof createProjectServices>;

export function openProject(path: string): ProjectServices {
  return createProjectServices(openDatabase(path), path);
}
