import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate.ts';

/** Opens (or creates) a project file with the settings every connection must have, migrated to the latest schema. */
export function openDatabase(path: string): Database {
  const db = new BetterSqlite3(path);
  try {
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
