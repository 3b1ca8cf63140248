import type { Migration } from '../migration.ts';

// What each question sends to the online form, beside the full answer in the draft: whether the writer chose not to
// answer it, a short (form-length) version, and the form's character limit where its owner set one. No foreign key
// to themes: a removed question's row stays, so putting the question back brings its short version back too.
// The short versions are full-text indexed so the writer can search them like the rest of the response.
export const formAnswers: Migration = {
  version: 70,
  name: 'form answers: skipped questions, short versions, character limits',
  up: `
    CREATE TABLE form_answers (
      theme_id INTEGER PRIMARY KEY,
      skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
      short_text TEXT NOT NULL DEFAULT '',
      character_limit INTEGER CHECK (character_limit IS NULL OR character_limit > 0),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE VIRTUAL TABLE form_answers_fts USING fts5(
      short_text, content='form_answers', content_rowid='theme_id', tokenize='porter unicode61'
    );
    CREATE TRIGGER form_answers_ai AFTER INSERT ON form_answers BEGIN
      INSERT INTO form_answers_fts(rowid, short_text) VALUES (new.theme_id, new.short_text);
    END;
    CREATE TRIGGER form_answers_ad AFTER DELETE ON form_answers BEGIN
      INSERT INTO form_answers_fts(form_answers_fts, rowid, short_text) VALUES ('delete', old.theme_id, old.short_text);
    END;
    CREATE TRIGGER form_answers_au AFTER UPDATE ON form_answers BEGIN
      INSERT INTO form_answers_fts(form_answers_fts, rowid, short_text) VALUES ('delete', old.theme_id, old.short_text);
      INSERT INTO form_answers_fts(rowid, short_text) VALUES (new.theme_id, new.short_text);
    END;
  `,
};
