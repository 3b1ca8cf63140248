// Ten times the scale we test at: a generated project of 20,000 sources (~400 million characters; 2,000 in quick
// mode). Import throughput and the service process's peak memory, the project file's size, search latency for
// words, phrases and prefixes beside FTS5's own ranked lookup, quote creation, and the integrity check.
import type { SourceId } from '../../shared/ids.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { rng } from './corpus.ts';
import { generatedProject } from './generatedProject.ts';
import { openOtherSearch } from './otherSearch.ts';
import { searchLatency } from './searchLatency.ts';
import { megabytes, percentile, since, type Figure, type Measurement } from './figures.ts';

export const scale: Measurement = {
  name: 'scale',
  async run({ quick, compareWith = [] }) {
    const sources = quick ? 2_000 : 20_000;
    const made = await generatedProject(sources);
    const textMB = megabytes(made.chars * 2);
    const figures: Figure[] = [
      {
        name: `import ${sources} sources (${(made.chars / 1e6).toFixed(0)} M characters, ${made.docx} .docx)`,
        value: megabytes(made.bytes) / made.importSeconds,
        unit: 'MB/s',
      },
      {
        name: 'import peak memory (service process)',
        value: megabytes(made.peakRssBytes),
        unit: 'MB',
        // Streaming means memory well under the corpus's size, which is what holding it all would cost.
        against: { name: 'the corpus as text', value: textMB },
        target: { text: '< 1 GB', met: made.peakRssBytes < 1024 ** 3 },
      },
      {
        name: 'project file',
        value: megabytes(made.fileBytes),
        unit: 'MB',
        against: { name: 'the files imported', value: megabytes(made.bytes) },
      },
    ];

    const project = openProject(made.path);
    const others = await Promise.all(compareWith.map(({ label, dir }) => openOtherSearch(label, dir, made.path)));
    try {
      figures.push(...(await searchLatency(project, quick ? 3 : 10, others)));

      const quoteCount = quick ? 1_000 : 10_000;
      const random = rng(5);
      const list = await project.sources.list();
      const created: number[] = [];
      for (let i = 0; i < quoteCount; i++) {
        const source = list[Math.floor(random() * list.length)]!;
        const start = Math.floor(random() * Math.max(1, source.length - 300));
        const t0 = performance.now();
        await project.quotes.create({ sourceId: source.id as SourceId, start, end: start + 200, questionIds: [] });
        created.push(since(t0));
      }
      figures.push(
        { name: `create a quote p50 (${quoteCount})`, value: percentile(created, 50), unit: 'ms' },
        { name: `create a quote p95 (${quoteCount})`, value: percentile(created, 95), unit: 'ms' },
      );

      const total = (project.db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n;
      let t0 = performance.now();
      const mismatches = await project.quotes.check();
      const checkMs = since(t0);
      // The same comparison done inside SQLite, offsets as characters: what reading the rows alone costs.
      t0 = performance.now();
      project.db
        .prepare(
          `SELECT count(*) FROM quote_fragments f JOIN quotes q ON q.id = f.quote_id JOIN sources s ON s.id = q.source_id
           WHERE substr(s.text, f.start_offset + 1, f.end_offset - f.start_offset) <> f.text`,
        )
        .get();
      const floorMs = since(t0);
      figures.push({
        name: `integrity check of ${total} quotes (${mismatches.length} mismatches)`,
        value: checkMs / 1000,
        unit: 's',
        against: { name: 'the check in SQL', value: floorMs / 1000 },
        target: { text: '< 2 s', met: checkMs < 2000 },
      });
    } finally {
      for (const other of others) other.close();
      project.close();
    }
    return figures;
  },
};
