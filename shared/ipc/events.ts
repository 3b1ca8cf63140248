// Main -> renderer messages. Dependency-free, like channels.ts, so the sandboxed preload can import it.
import type { ImportResult } from './contract.ts';

export const EVENTS = {
  menuCommand: 'menu:command',
  /** Main asks the page to save what is pending, with a request number, before a switch, reload, close or quit. */
  flushRequest: 'app:flush-request',
  /** A file imported from File › Import Sources… (main opens the dialog and imports): one per file and step. */
  importProgressed: 'import:progressed',
  /** A draft file chosen in File › Import a Draft… (main opens the dialog; the page imports it, asking first). */
  draftFileChosen: 'draft:file-chosen',
} as const;

/** A draft file main read for the page, or why it could not. */
export type DraftFileChosen =
  { fileName: string; bytes: Uint8Array<ArrayBuffer> } | { fileName: string; message: string };

/** One file of a batch main is importing: `key` is the same for its every step; `result` once it is imported. */
export type ImportProgress = {
  key: string;
  fileName: string;
  status: 'importing' | 'imported' | 'failed';
  message: string;
  result?: ImportResult;
};

/** Renderer -> main requests about the app itself rather than the open project (desktop app only). */
export const SHELL_CHANNELS = {
  openProjectFile: 'shell:open-project-file',
  /** The page's answer to a flush request: `{ id }` once everything typed is stored. */
  flushed: 'shell:flushed',
} as const;

export const PROJECT_EXTENSION = '.cwproj';

export type WorkbenchShell = {
  /** Opens a project file dropped on the window; resolves with a message if it could not. */
  openProjectFile: (file: Blob & { readonly name: string }) => Promise<{ ok: true } | { ok: false; message: string }>;
};

/** What the application menu asks the page to do; the page owns these actions and their feedback. */
export const MENU_COMMANDS = [
  'export-docx',
  'find-in-source',
  'focus-search',
  'show-shortcuts',
  'pull-quote',
  'toggle-sources-pane',
  'toggle-questions-pane',
  'toggle-draft-pane',
  'toggle-reading-mode',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type WorkbenchEvents = {
  /** Returns a function that stops listening. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** `listener` saves what is pending and resolves when it is stored; main waits for it. Returns a function that stops listening. */
  onFlushRequest: (listener: () => Promise<void>) => () => void;
  /** Each step of an import main runs from the menu. Returns a function that stops listening. */
  onImportProgress: (listener: (progress: ImportProgress) => void) => () => void;
  /** A draft file chosen from the application menu. Returns a function that stops listening. */
  onDraftFileChosen: (listener: (file: DraftFileChosen) => void) => () => void;
};
