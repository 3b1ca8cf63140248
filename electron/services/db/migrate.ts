import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Migration } from './migration.ts';
import { MIGRATIONS } from './migrations/index.ts';

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export function refuseNewerFile(fileVersion: number, latest: number): void {
  if (fileVersion > latest) {
    throw new AppError(
      'conflict',
      'This project was saved by a newer version of Consultation Workbench. Please update the app to open it.',
    );
  }
}

/** Brings a project file up to date in one transaction, or leaves it exactly as it was. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(migrations);
  refuseNewerFile(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return latest;
}
