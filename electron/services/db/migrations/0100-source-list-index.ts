import type { Migration } from '../migration.ts';

// The source list (listSources) reads every source's summary on open. Without this index SQLite walks each source's
// whole text to count its characters and to reach imported_at, which is stored after the text: 400 MB read to open a
// 20,000-source project. The index holds the summary, the length included, in the list's order, so opening reads the
// index alone. SQLite keeps it in step on every insert, update and delete.
export const sourceListIndex: Migration = {
  version: 100,
  name: 'source list index',
  up: `CREATE INDEX sources_listed ON sources(
    published_on IS NULL, published_on DESC, id, title, author, url, kind, length(text), imported_at
  );`,
};
