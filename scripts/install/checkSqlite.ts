// Does better-sqlite3's prebuilt binary load here, with the FTS5 features search relies on? Exits non-zero if not.
import Database from 'better-sqlite3';

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE passages USING fts5(body, tokenize = 'porter unicode61')`);
db.prepare('INSERT INTO passages (body) VALUES (?)').run('Joint commissioning of speech and language therapy');
const hit = db
  .prepare(
    `SELECT snippet(passages, 0, '[', ']', '…', 8) AS snippet, bm25(passages) AS rank FROM passages WHERE passages MATCH ?`,
  )
  .get('commission*') as { snippet: string; rank: number } | undefined;
db.close();
if (!hit?.snippet.includes('[commissioning]')) {
  console.error('better-sqlite3 loaded, but FTS5 search did not find the test passage.');
  process.exit(1);
}
const { version } = (await import('better-sqlite3/package.json', { with: { type: 'json' } })).default;
console.log(`better-sqlite3 ${version} loads on Node ${process.versions.node} and FTS5 search works: ${hit.snippet}`);
