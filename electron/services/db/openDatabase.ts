import BetterSqlite3, { type Database } from 'better-sqlite3';
import { latestVersion, migrate, refuseNewerFile } from './migrate.ts';

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
    throw error;
  }
}
