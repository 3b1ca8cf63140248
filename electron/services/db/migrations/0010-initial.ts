import type { Migration } from '../migration.ts';

// Sources keep their canonical text forever: quotes anchor to character offsets of it.
export const initial: Migration = {
  version: 10,
  name: 'sources, themes, quotes, drafts',
  up: `
    CREATE TABLE project_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      author TEXT,
      published_on TEXT,
      url TEXT,
      kind TEXT NOT NULL,
      text TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE,
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE VIRTUAL TABLE sources_fts USING fts5(
      title, text, content='sources', content_rowid='id', tokenize='porter unicode61'
    );
    CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN
      INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN
      INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER sources_au AFTER UPDATE ON sources BEGIN
      INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;

    CREATE TABLE themes (
      id INTEGER PRIMARY KEY,
      parent_id INTEGER REFERENCES themes(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('chapter', 'question')),
      number INTEGER,
      title TEXT NOT NULL,
      verified INTEGER NOT NULL DEFAULT 1,
      word_limit INTEGER,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX themes_parent ON themes(parent_id, position);

    CREATE TABLE quotes (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX quotes_source ON quotes(source_id);

    CREATE TABLE quote_fragments (
      quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
      text TEXT NOT NULL,
      page INTEGER,
      PRIMARY KEY (quote_id, position)
    ) STRICT;

    CREATE TABLE quote_themes (
      quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
      theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
      PRIMARY KEY (quote_id, theme_id)
    ) STRICT;
    CREATE INDEX quote_themes_theme ON quote_themes(theme_id);

    CREATE TABLE drafts (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      content TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
