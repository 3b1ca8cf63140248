import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceMetadata } from '../../shared/domain/source.ts';
import type { Quote } from '../../shared/domain/quote.ts';
import { quoteText } from '../../shared/domain/quoteText.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import type { QuestionNode } from '../../shared/domain/consultation.ts';
import type { ConsultationTemplate } from '../../shared/templates/consultationTemplate.ts';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { openProject, type ProjectServices } from '../../electron/services/project/projectServices.ts';
import { onCleanUp, tempDir } from './tempDir.ts';

export { cleanUp, tempDir } from './tempDir.ts';

export const RESOURCES_DIR = fileURLToPath(new URL('../../resources', import.meta.url));

export type ManifestSource = SourceMetadata & { file: string };
export type SampleManifest = { projectName: string; template: string; sources: ManifestSource[] };

/** The sample project's manifest, read independently of the code under test. */
export function readManifest(): SampleManifest {
  return JSON.parse(readFileSync(join(RESOURCES_DIR, 'sample', 'manifest.json'), 'utf8')) as SampleManifest;
}

export function readSampleFile(file: string): string {
  return readFileSync(join(RESOURCES_DIR, 'sample', file), 'utf8');
}

export function readTemplate(): ConsultationTemplate {
  return templatesIn(RESOURCES_DIR).load(readManifest().template);
}

/** Opens a project file and makes sure cleanUp() closes it. */
export function open(path: string): ProjectServices {
  const project = openProject(path);
  onCleanUp(() => {
    if (project.db.open) project.close();
  });
  return project;
}

/** Builds the sample project in a fresh temp dir and opens it. */
export async function openSample(): Promise<{ project: ProjectServices; path: string }> {
  const path = join(tempDir(), 'sample.cwb');
  await createSampleProject(path, RESOURCES_DIR);
  return { project: open(path), path };
}

export async function allQuestions(project: ProjectServices): Promise<QuestionNode[]> {
  const consultation = await project.consultation.getConsultation();
  return consultation.chapters.flatMap((c) => c.questions);
}

export async function questionNumbered(project: ProjectServices, n: number): Promise<QuestionNode> {
  const q = (await allQuestions(project)).find((t) => t.number === n);
  if (!q) throw new Error(`No question ${n} in the project`);
  return q;
}

export async function sourceTitled(project: ProjectServices, title: string) {
  const summary = (await project.sources.list()).find((s) => s.title === title);
  if (!summary) throw new Error(`No source titled ${title}`);
  return project.sources.get(summary.id);
}

export function count(
  project: ProjectServices,
  table: 'quotes' | 'quote_fragments' | 'quote_themes' | 'sources' | 'drafts',
): number {
  return (project.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Puts a quotation block for each quote into question 1's answer, as the editor would. */
export async function draftWith(project: ProjectServices, quotes: Quote[]) {
  const q1 = await questionNumbered(project, 1);
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: { type: string; $?: Record<string, unknown> }[] };
  };
  const at = state.root.children.findIndex((n) => n.type === 'heading' && n.$?.[QUESTION_STATE_KEY] === q1.id);
  state.root.children.splice(
    at + 1,
    0,
    ...quotes.map((q) => ({
      type: SOURCE_QUOTE_TYPE,
      version: 1,
      quoteId: q.id,
      sourceId: q.sourceId,
      text: quoteText(q),
      citation: 'cited',
    })),
  );
  await project.drafts.save(JSON.stringify(state));
}
