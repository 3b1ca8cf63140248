// Another checkout's search service (`--compare-with label=dir`), opened with its own code on its own connection to
// a project file, so search before and after a change can be timed in turn on the same file in the same run.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as OpenDatabase from '../../electron/services/db/openDatabase.ts';
import type * as SearchService from '../../electron/services/searchService.ts';
import type { OtherSearch } from './searchLatency.ts';

export async function openOtherSearch(
  label: string,
  dir: string,
  projectPath: string,
): Promise<OtherSearch & { close: () => void }> {
  const load = <T>(path: string) => import(pathToFileURL(join(dir, path)).href) as Promise<T>;
  const { openDatabase } = await load<typeof OpenDatabase>('electron/services/db/openDatabase.ts');
  const { createSearchService } = await load<typeof SearchService>('electron/services/searchService.ts');
  const db = openDatabase(projectPath);
  const service = createSearchService(db);
  return { label, search: (query) => service.search({ query }), close: () => db.close() };
}
