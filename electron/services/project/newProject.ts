import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import { setMeta } from '../repositories/projectMetaRepository.ts';
import { openProject } from './projectServices.ts';
import { templatesIn } from './templateLibrary.ts';

export const DEFAULT_TEMPLATE = 'send-green-paper-2022';

/**
 * Creates an empty project with a consultation's chapters and questions. Built beside the target and
 * renamed into place, so a failure never leaves a half-made project file.
 */
export async function createProjectFromTemplate(
  path: string,
  resourcesDir: string,
  template = DEFAULT_TEMPLATE,
): Promise<void> {
  if (existsSync(path)) throw new AppError('conflict', `${path} already exists.`);
  const consultation = templatesIn(resourcesDir).load(template);
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  const project = openProject(building);
  try {
    setMeta(project.db, 'name', basename(path, extname(path)));
    await project.consultation.loadTemplate(consultation);
    project.close();
    renameSync(building, path);
  } catch (error) {
    if (project.db.open) project.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
    throw error;
  }
}
