import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SourceMetadataSchema } from '../../../shared/domain/source.ts';
import { setMeta } from '../repositories/projectMetaRepository.ts';
import { openProject, type ProjectServices } from './projectServices.ts';
import { templatesIn } from './templateLibrary.ts';

const SampleManifestSchema = z.object({
  projectName: z.string().min(1),
  template: z.string().min(1),
  sources: z.array(SourceMetadataSchema.extend({ file: z.string().min(1) })).min(1),
});

function removeProjectFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Builds the sample project (five SEND sources and the Green Paper's questions) at `projectPath`. */
export async function createSampleProject(projectPath: string, resourcesDir: string): Promise<void> {
  const manifest = SampleManifestSchema.parse(
    JSON.parse(readFileSync(join(resourcesDir, 'sample', 'manifest.json'), 'utf8')),
  );
  const template = templatesIn(resourcesDir).load(manifest.template);
  // Built beside the real path and renamed into place, so a failure never leaves a half-made project.
  const building = `${projectPath}.building`;
  removeProjectFiles(building);
  const project = openProject(building);
  try {
    setMeta(project.db, 'name', manifest.projectName);
    await project.consultation.loadTemplate(template);
    for (const { file, ...metadata } of manifest.sources) {
      await project.sources.importText(metadata, readFileSync(join(resourcesDir, 'sample', file), 'utf8'));
    }
    project.close();
    renameSync(building, projectPath);
  } catch (error) {
    if (project.db.open) project.close();
    removeProjectFiles(building);
    throw error;
  }
}

/** Opens the project file, creating the sample project there first on a first run. */
export async function openOrCreateSampleProject(projectPath: string, resourcesDir: string): Promise<ProjectServices> {
  if (!existsSync(projectPath)) await createSampleProject(projectPath, resourcesDir);
  return openProject(projectPath);
}
