import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

export const BACKUPS_KEPT = 7;

/** Backups live beside the project: "Response.cwproj" -> "Response backups/Response 2026-11-25.cwproj". */
export function backupFolder(projectPath: string): string {
  return join(dirname(projectPath), `${basename(projectPath, extname(projectPath))} backups`);
}

export function listBackups(projectPath: string): string[] {
  const folder = backupFolder(projectPath);
  if (!existsSync(folder)) return [];
  const stem = basename(projectPath, extname(projectPath));
  return readdirSync(folder)
    .filter((f) => f.startsWith(`${stem} `) && /\d{4}-\d{2}-\d{2}\.cwproj$/.test(f))
    .sort()
    .reverse()
    .map((f) => join(folder, f));
}

/**
 * Once a day, a consistent copy through SQLite's backup API (safe while the app writes); the last seven kept.
 * Returns the new backup's path, or null if today's already exists.
 */
export async function makeDailyBackup(db: Database, projectPath: string, today = new Date()): Promise<string | null> {
  const stem = basename(projectPath, extname(projectPath));
  const folder = backupFolder(projectPath);
  const target = join(folder, `${stem} ${today.toISOString().slice(0, 10)}.cwproj`);
  if (existsSync(target)) return null;
  mkdirSync(folder, { recursive: true });
  await db.backup(target);
  for (const old of listBackups(projectPath).slice(BACKUPS_KEPT)) rmSync(old, { force: true });
  return target;
}
