import type { Migration } from '../migration.ts';

// Imported files keep their structure (headings, lists, table cells, notes, PDF pages) as spans of the
// canonical text, so the reader can show structure and a quote can say which page it is on.
export const sourceStructure: Migration = {
  version: 20,
  name: 'source blocks and file provenance',
  up: `
    ALTER TABLE sources ADD COLUMN file_name TEXT;
    ALTER TABLE sources ADD COLUMN format TEXT NOT NULL DEFAULT 'txt';

    CREATE TABLE source_blocks (
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list-item', 'table-cell', 'note')),
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
      level INTEGER,
      page INTEGER,
      PRIMARY KEY (source_id, position)
    ) STRICT;
  `,
};
