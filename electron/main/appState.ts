import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { z } from 'zod';

const StateSchema = z.object({
  recent: z.array(z.string()).max(10).default([]),
  bounds: z
    .object({ x: z.number(), y: z.number(), width: z.number().min(400), height: z.number().min(300) })
    .nullable()
    .default(null),
  maximized: z.boolean().default(false),
});
export type AppState = z.infer<typeof StateSchema>;

/** Window placement and recent projects, kept in a small JSON file in the user-data folder. */
export function loadAppState(path: string): AppState {
  try {
    return StateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return StateSchema.parse({});
  }
}

export function saveAppState(path: string, state: AppState): void {
  // Written aside and renamed, so a crash mid-write never leaves a broken file.
  writeFileSync(`${path}.tmp`, JSON.stringify(state, null, 2));
  renameSync(`${path}.tmp`, path);
}

export function withRecent(state: AppState, projectPath: string): AppState {
  return { ...state, recent: [projectPath, ...state.recent.filter((p) => p !== projectPath)].slice(0, 10) };
}

/** Without `projectPath`: a project that could not be opened leaves Open Recent. */
export function withoutRecent(state: AppState, projectPath: string): AppState {
  return { ...state, recent: state.recent.filter((p) => p !== projectPath) };
}
