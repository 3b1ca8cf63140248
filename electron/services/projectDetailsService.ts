import type { Database } from 'better-sqlite3';
import { DEFAULT_RESPONSE_DETAILS, ResponseDetailsSchema, type ResponseDetails } from '../../shared/domain/project.ts';
import { getMeta, setMeta } from './repositories/projectMetaRepository.ts';

/** The response's title-block details and export settings, stored in the project file. */
export function createProjectDetailsService(db: Database) {
  return {
    get(): ResponseDetails {
      const name = getMeta(db, 'name') ?? 'Untitled project';
      let stored: unknown = {};
      try {
        stored = JSON.parse(getMeta(db, 'response_details') ?? '{}');
      } catch {
        stored = {};
      }
      // Fields saved by an older version, or damaged, fall back to their defaults one by one.
      const merged = { ...DEFAULT_RESPONSE_DETAILS, ...(typeof stored === 'object' && stored ? stored : {}), name };
      const parsed = ResponseDetailsSchema.safeParse(merged);
      return parsed.success ? parsed.data : { ...DEFAULT_RESPONSE_DETAILS, name };
    },

    async update(details: ResponseDetails): Promise<ResponseDetails> {
      const { name, ...rest } = details;
      db.transaction(() => {
        setMeta(db, 'name', name);
        setMeta(db, 'response_details', JSON.stringify(rest));
      })();
      return this.get();
    },
  };
}
export type ProjectDetailsService = ReturnType<typeof createProjectDetailsService>;
