import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/ipc/result.ts';
import { BACKUPS_KEPT, backupFolder, listBackups, makeDailyBackup } from '../../electron/services/project/backups.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { cleanUp, open, openSample, tempDir } from './helpers.ts';

afterEach(cleanUp);

describe('project backups and damaged files', () => {
  it('keeps one backup a day beside the project, the last seven, each a complete project', async () => {
    const { project, path } = await openSample();
    const first = await makeDailyBackup(project.db, path, new Date('2026-11-01T10:00:00Z'));
    expect(first).toBe(join(backupFolder(path), 'sample 2026-11-01.cwproj'));
    expect(await makeDailyBackup(project.db, path, new Date('2026-11-01T18:00:00Z'))).toBeNull();
    for (let day = 2; day <= 10; day++)
      await makeDailyBackup(project.db, path, new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00Z`));
    const kept = listBackups(path);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]).toMatch(/2026-11-10\.cwproj$/);
    expect(kept.at(-1)).toMatch(/2026-11-04\.cwproj$/);

    const restored = open(kept[0]!);
    expect(await restored.sources.list()).toHaveLength(5);
    expect((await restored.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(22);
  });

  it('says plainly that a damaged or foreign file cannot be opened, and leaves it as it was', () => {
    const dir = tempDir();
    const cases = {
      garbage: Buffer.from('this is a word document, honestly'.repeat(200)),
      truncated: (() => {
        const path = join(dir, 'whole.cwproj');
        const db = new BetterSqlite3(path);
        db.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (randomblob(100000));');
        db.close();
        return readFileSync(path).subarray(0, 1500);
      })(),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const path = join(dir, `${name}.cwproj`);
      writeFileSync(path, bytes);
      let caught: unknown;
      try {
        openProject(path).close();
      } catch (error) {
        caught = error;
      }
      expect(caught, name).toBeInstanceOf(AppError);
      expect((caught as AppError).message).toBe(
        'This project file is damaged or is not a Consultation Workbench project, so it could not be opened.',
      );
      expect(readFileSync(path).equals(bytes), name).toBe(true);
    }
  });
});
