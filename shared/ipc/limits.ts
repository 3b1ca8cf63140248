// The size limits the renderer checks before sending a file, in a module of their own so that checking them does not
// load the IPC contract's schemas into the window.

/** The most one imported file can be; the importers enforce the same limit with a clear message. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The largest draft file to import (pictures are not imported, so a long response is well under it). */
export const MAX_DRAFT_FILE_BYTES = 25 * 1024 * 1024;
