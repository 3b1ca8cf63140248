import { countOf } from '../text/plural.ts';
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

const SHOWN_SKIPS = 20;

/** What the new project holds and what did not come across, for the message shown once it is open. */
export function describeRefiImport(report: RefiImportReport): { message: string; detail: string } {
  const message = `The new project has ${countOf(report.questions, 'question')}, ${countOf(report.sources, 'source')} and ${countOf(report.quotes, 'quote')}.`;
  if (report.skipped.length === 0) return { message, detail: 'Everything in the file came across.' };
  const lines = report.skipped.slice(0, SHOWN_SKIPS).map((s) => `• ${s.item}: ${s.reason}`);
  const more = report.skipped.length - SHOWN_SKIPS;
  return {
    message,
    detail: [`Not imported (${report.skipped.length}):`, ...lines, ...(more > 0 ? [`…and ${more} more.`] : [])].join(
      '\n',
    ),
  };
}
