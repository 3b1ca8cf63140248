import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/result.ts';
import { latestVersion, migrate, refuseNewerFile } from './migrate.ts';

const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_IOERR_SHORT_READ']);

/** True for SQLite's ways of saying a file is not a readable database. */
export function isDamagedFileError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    DAMAGED.has(String((error as { code: unknown }).code))
  );
}

/** Opens (or creates) a project file with the settings every connection must have, migrated to the latest schema. */
export function openDatabase(path: string): Database {
  const db = new BetterSqlite3(path);
  try {
    // Checked before anything writes to the file: switching to WAL would already change a newer app's file.
    refuseNewerFile(db.pragma('user_version', { simple: true }) as number, latestVersion());
    db.pragma('journal_mode = WAL');
    // FULL: a commit we acknowledged survives power loss, not just an app crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (isDamagedFileError(error)) {
      throw new AppError(
        'invalid-input',
        'This project file is damaged or is not a Consultation Workbench project, so it could not be opened.',
      );
    }
    throw error;
  }
}
