import type { Migration } from '../migration.ts';

// Questions keep their topic label and chapter summary, and are full-text indexed so a new quote can be
// matched to the questions it most likely supports.
export const themeSearch: Migration = {
  version: 30,
  name: 'theme topics, summaries and search index',
  up: `
    ALTER TABLE themes ADD COLUMN topic TEXT;
    ALTER TABLE themes ADD COLUMN summary TEXT;

    CREATE VIRTUAL TABLE themes_fts USING fts5(
      title, topic, summary, content='themes', content_rowid='id', tokenize='porter unicode61'
    );
    CREATE TRIGGER themes_ai AFTER INSERT ON themes BEGIN
      INSERT INTO themes_fts(rowid, title, topic, summary) VALUES (new.id, new.title, new.topic, new.summary);
    END;
    CREATE TRIGGER themes_ad AFTER DELETE ON themes BEGIN
      INSERT INTO themes_fts(themes_fts, rowid, title, topic, summary) VALUES ('delete', old.id, old.title, old.topic, old.summary);
    END;
    CREATE TRIGGER themes_au AFTER UPDATE ON themes BEGIN
      INSERT INTO themes_fts(themes_fts, rowid, title, topic, summary) VALUES ('delete', old.id, old.title, old.topic, old.summary);
      INSERT INTO themes_fts(rowid, title, topic, summary) VALUES (new.id, new.title, new.topic, new.summary);
    END;
    INSERT INTO themes_fts(themes_fts) VALUES ('rebuild');
  `,
};
