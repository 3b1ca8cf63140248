// Main -> renderer messages. Dependency-free, like channels.ts, so the sandboxed preload can import it.
export const EVENTS = { menuCommand: 'menu:command' } as const;

/** What the application menu asks the page to do; the page owns these actions and their feedback. */
export const MENU_COMMANDS = [
  'import-files',
  'export-docx',
  'find-in-source',
  'focus-search',
  'show-shortcuts',
  'pull-quote',
  'toggle-sources-pane',
  'toggle-questions-pane',
  'toggle-draft-pane',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type WorkbenchEvents = {
  /** Returns a function that stops listening. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
