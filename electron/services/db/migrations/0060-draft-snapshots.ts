import type { Migration } from '../migration.ts';

// Named copies of the draft a user can go back to ("Before the forum meeting"), kept in the project file.
export const draftSnapshots: Migration = {
  version: 60,
  name: 'draft snapshots',
  up: `
    CREATE TABLE draft_snapshots (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      content TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `,
};
