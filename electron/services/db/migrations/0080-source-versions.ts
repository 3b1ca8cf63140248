import type { Migration } from '../migration.ts';

// A source can be updated from a new version of its document. `sources` keeps the current version (so search and
// the reader need no change); `source_versions` keeps every version's text and structure once a source has more
// than one, never altered afterwards. Each quote cites the version its words come from; existing files open with
// every source and quote at version 1. `source_updates` and `quote_reanchors` record what each update did to each
// quote, so the review queue can ask about changed and gone quotes and the whole update or any decision can be undone.
export const sourceVersions: Migration = {
  version: 80,
  name: 'source versions and quote re-anchoring',
  up: `
    ALTER TABLE sources ADD COLUMN current_version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE quotes ADD COLUMN source_version INTEGER NOT NULL DEFAULT 1;

    CREATE TABLE source_versions (
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version >= 1),
      text TEXT NOT NULL,
      blocks TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      format TEXT NOT NULL,
      file_name TEXT,
      dated TEXT,
      added_at TEXT NOT NULL,
      PRIMARY KEY (source_id, version)
    ) STRICT;

    CREATE TABLE source_updates (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      from_version INTEGER NOT NULL,
      to_version INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX source_updates_source ON source_updates(source_id, id);

    CREATE TABLE quote_reanchors (
      update_id INTEGER NOT NULL REFERENCES source_updates(id) ON DELETE CASCADE,
      quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
      outcome TEXT NOT NULL CHECK (outcome IN ('unchanged', 'changed', 'gone')),
      before TEXT NOT NULL,
      proposed TEXT,
      decision TEXT CHECK (decision IN ('accepted', 'kept')),
      decided_at TEXT,
      PRIMARY KEY (update_id, quote_id)
    ) STRICT;
    CREATE INDEX quote_reanchors_quote ON quote_reanchors(quote_id);
  `,
};
