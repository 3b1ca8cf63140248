import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { QuestionId } from '../../../shared/ids.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { RefiImportReport } from '../../../shared/refiQda/refiImportReport.ts';
import type { ImportFile } from '../importers/importer.ts';
import { openProject } from '../project/projectServices.ts';
import { setMeta } from '../repositories/projectMetaRepository.ts';
import { insertQuote } from '../repositories/quotesRepository.ts';
import { listItemsWithCounts } from '../repositories/consultationRepository.ts';
import { isZip, planCodebook, planProject, type RefiImportLimits, type RefiImportPlan } from './planRefiImport.ts';

function removeProjectFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Reads a .qdpx (a zip) or a .qdc (XML), by what the bytes are rather than by the name. */
export async function planRefiImport(file: ImportFile, limits?: RefiImportLimits): Promise<RefiImportPlan> {
  if (file.bytes.length === 0) throw new AppError('invalid-input', `"${file.fileName}" is empty.`);
  return isZip(file.bytes) ? planProject(file, limits) : planCodebook(file);
}

/**
 * A new project from another tool's REFI-QDA file: its codes as the consultation, its text sources and coded passages
 * as sources and quotes. The file is read and checked in full first; the project is then built beside `path` and
 * renamed into place, so a refused or failed import leaves no project file behind.
 */
export async function createProjectFromRefiQda(
  path: string,
  file: ImportFile,
  limits?: RefiImportLimits,
  now: () => Date = () => new Date(),
): Promise<RefiImportReport> {
  if (existsSync(path)) throw new AppError('conflict', `${path} already exists.`);
  const plan = await planRefiImport(file, limits);
  const building = `${path}.building`;
  removeProjectFiles(building);
  const project = openProject(building);
  try {
    setMeta(project.db, 'name', basename(path, extname(path)));
    await project.consultation.loadTemplate(plan.template);
    const questionIds = new Map(
      listItemsWithCounts(project.db)
        .filter((t) => t.kind === 'question')
        .map((t) => [t.number, t.id] as [number | null, QuestionId]),
    );
    let quotes = 0;
    for (const source of plan.sources) {
      const { id } = await project.sources.importDocument(source);
      project.db.transaction(() => {
        for (const quote of source.quotes) {
          insertQuote(project.db, {
            sourceId: id,
            fragments: quote.fragments.map((f) => ({ ...f, text: source.doc.text.slice(f.start, f.end), page: null })),
            questionIds: quote.questions.map((n) => questionIds.get(n)!),
            note: quote.note.trim(),
            createdAt: quote.createdAt ?? now().toISOString(),
          });
          quotes++;
        }
      })();
    }
    const report: RefiImportReport = {
      chapters: plan.template.chapters.length + (plan.template.questions.some((q) => q.chapter === null) ? 1 : 0),
      questions: plan.template.questions.length,
      sources: plan.sources.length,
      quotes,
      skipped: plan.skipped,
    };
    project.close();
    renameSync(building, path);
    return report;
  } catch (error) {
    if (project.db.open) project.close();
    removeProjectFiles(building);
    throw error;
  }
}
