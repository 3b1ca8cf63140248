/** Something in a REFI-QDA file that was not imported, and why, in words the user can act on. */
export type Skipped = { item: string; reason: string };

/** What importing a .qdpx or .qdc made, and what it left out. */
export type RefiImportReport = {
  chapters: number;
  questions: number;
  sources: number;
  quotes: number;
  skipped: Skipped[];
};
