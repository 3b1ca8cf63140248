import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/services/db/openDatabase.ts';
import { latestVersion, migrate } from '../../electron/services/db/migrate.ts';
import type { Migration } from '../../electron/services/db/migration.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { cleanUp, tempDir } from './tempDir.ts';

afterEach(cleanUp);

const dbs: Database[] = [];
afterEach(() => {
  while (dbs.length > 0) {
    const db = dbs.pop()!;
    if (db.open) db.close();
  }
});

function raw(path: string, options?: BetterSqlite3.Options): Database {
  const db = new BetterSqlite3(path, options);
  dbs.push(db);
  return db;
}

function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Every schema object with its SQL, so "unchanged" means unchanged. */
function schema(db: Database): { type: string; name: string; sql: string | null }[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
}

function tableNames(db: Database): string[] {
  return schema(db)
    .filter((o) => o.type === 'table')
    .map((o) => o.name);
}

describe('openDatabase on a new file', () => {
  it('migrates from empty to the latest version with every table the app needs', () => {
    const db = openDatabase(join(tempDir(), 'new.cwb'));
    dbs.push(db);

    expect(latestVersion()).toBeGreaterThan(0);
    expect(userVersion(db)).toBe(latestVersion());
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'sources',
        'sources_fts',
        'themes',
        'quotes',
        'quote_fragments',
        'quote_themes',
        'drafts',
        'form_answers',
        'form_answers_fts',
      ]),
    );
  });

  it('uses WAL and enforces foreign keys', () => {
    const db = openDatabase(join(tempDir(), 'new.cwb'));
    dbs.push(db);

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // A quote pointing at a source that does not exist must be refused, not stored.
    expect(() => db.prepare("INSERT INTO quotes (source_id, created_at) VALUES (999, 'now')").run()).toThrow(
      /FOREIGN KEY/i,
    );
    expect(db.prepare('SELECT count(*) AS n FROM quotes').get()).toEqual({ n: 0 });
  });

  it('reopening an up-to-date file changes neither schema nor data', () => {
    const path = join(tempDir(), 'project.cwb');
    const first = openDatabase(path);
    first.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'Kept')").run();
    const schemaBefore = schema(first);
    first.close();

    const second = openDatabase(path);
    dbs.push(second);
    expect(userVersion(second)).toBe(latestVersion());
    expect(schema(second)).toEqual(schemaBefore);
    expect(second.prepare("SELECT value FROM project_meta WHERE key = 'name'").get()).toEqual({ value: 'Kept' });
    // Running the migrations again is a no-op rather than a "table already exists" failure.
    expect(migrate(second)).toBe(latestVersion());
    expect(schema(second)).toEqual(schemaBefore);
  });
});

describe('a file from a newer version of the app', () => {
  function makeNewerFile(): string {
    const path = join(tempDir(), 'newer.cwb');
    const db = raw(path);
    db.exec("CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES ('from the future');");
    db.pragma(`user_version = ${latestVersion() + 10}`);
    db.close();
    return path;
  }

  it('is refused with an AppError that says a newer version saved it', () => {
    const path = makeNewerFile();
    let caught: unknown;
    try {
      dbs.push(openDatabase(path));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).message).toMatch(/newer version/i);
  });

  it('keeps its version, schema and data after the refusal', () => {
    const path = makeNewerFile();
    expect(() => dbs.push(openDatabase(path))).toThrow(AppError);

    const db = raw(path, { readonly: true });
    expect(userVersion(db)).toBe(latestVersion() + 10);
    expect(tableNames(db)).toEqual(['future_things']);
    expect(db.prepare('SELECT x FROM future_things').all()).toEqual([{ x: 'from the future' }]);
  });

  it('is left byte-for-byte unchanged', () => {
    const path = makeNewerFile();
    const before = readFileSync(path);
    expect(() => dbs.push(openDatabase(path))).toThrow(AppError);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('a migration that fails', () => {
  const first: Migration = { version: 1, name: 'first', up: 'CREATE TABLE first_table (x INTEGER);' };
  const broken: Migration = {
    version: 2,
    name: 'broken',
    up: 'CREATE TABLE second_table (x INTEGER); INSERT INTO first_table VALUES (2); THIS IS NOT SQL;',
  };
  const third: Migration = { version: 3, name: 'third', up: 'CREATE TABLE third_table (x INTEGER);' };

  it('leaves an empty file empty: all or nothing', () => {
    const path = join(tempDir(), 'broken.cwb');
    const db = raw(path);

    expect(() => migrate(db, [first, broken, third])).toThrow();
    expect(userVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);

    db.close();
    const reopened = raw(path);
    expect(userVersion(reopened)).toBe(0);
    expect(tableNames(reopened)).toEqual([]);
  });

  it('leaves a partly migrated file at its previous version, schema and data', () => {
    const path = join(tempDir(), 'partial.cwb');
    const db = raw(path);
    expect(migrate(db, [first])).toBe(1);
    db.prepare('INSERT INTO first_table VALUES (1)').run();
    const schemaBefore = schema(db);

    expect(() => migrate(db, [first, broken, third])).toThrow();
    db.close();

    const reopened = raw(path);
    expect(userVersion(reopened)).toBe(1);
    expect(schema(reopened)).toEqual(schemaBefore);
    expect(reopened.prepare('SELECT x FROM first_table').all()).toEqual([{ x: 1 }]);
  });
});
