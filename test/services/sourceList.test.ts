import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIST_SOURCES_SQL } from '../../electron/services/repositories/sourcesRepository.ts';
import { cleanUp, open, tempDir } from './helpers.ts';

afterEach(cleanUp);

const encode = (text: string) => new TextEncoder().encode(text);

describe('the source list a project opens with', () => {
  it('is read from the summary index, never from the sources’ texts', () => {
    const project = open(join(tempDir(), 'list.cwproj'));
    const plan = project.db.prepare(`EXPLAIN QUERY PLAN ${LIST_SOURCES_SQL}`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual(['SCAN sources USING COVERING INDEX sources_listed']);
  });

  it('gives each source’s length in characters, newest first and undated last, after edits too', async () => {
    const project = open(join(tempDir(), 'list.cwproj'));
    const { source: older } = await project.imports.importFile({
      fileName: 'older.txt',
      bytes: encode('Café au lait.'),
    });
    const { source: undated } = await project.imports.importFile({ fileName: 'undated.txt', bytes: encode('Tea') });
    const { source: newer } = await project.imports.importFile({ fileName: 'newer.txt', bytes: encode('Newer text') });
    await project.sources.updateMetadata(older.id, { ...older, publishedOn: '2022-03-29' });
    await project.sources.updateMetadata(newer.id, { ...newer, publishedOn: '2024-01-10', title: 'Renamed' });
    await project.sources.updateMetadata(undated.id, { ...undated, publishedOn: null });

    const listed = await project.sources.list();
    expect(listed.map((s) => [s.title, s.length])).toEqual([
      ['Renamed', 10],
      [older.title, 13],
      [undated.title, 3],
    ]);
  });
});
