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
import { createThemesService } from '../themesService.ts';
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
  const themes = createThemesService(db);
  const sources = createSourcesService(db);
  const details = createProjectDetailsService(db);
  const quotes = createQuotesService(db);
  const formSettings = createFormSettingsService(db, themes);
  const form = createFormService(db, drafts, themes);
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
    themes,
    drafts,
    draftImport: createDraftImportService(drafts, themes),
    formSettings,
    form,
    export: createExportService(db, drafts, themes, details, formSettings),
    readiness: createReadinessService(drafts, themes, details, quotes, form),
    refiQda: createRefiQdaExport(db, themes, details),
    close: () => db.close(),
  };
}
export type ProjectServices = ReturnType<typeof createProjectServices>;

export function openProject(path: string): ProjectServices {
  return createProjectServices(openDatabase(path), path);
}
