import type { SourceUpdateReport } from '../../../../shared/domain/sourceVersion.ts';
import { countOf, plural } from '../../../../shared/text/plural.ts';

/** "No quotes", "1 quote", "3 quotes": counts read as English, never "quote(s)". */
function quotes(n: number): string {
  return n === 0 ? 'No quotes' : countOf(n, 'quote');
}

/** The notice after an update: how many quotes moved with their words, and how many wait for review. */
export function updateSummary(report: Extract<SourceUpdateReport, { status: 'updated' }>): string {
  const count = (o: string) => report.quotes.filter((q) => q.outcome === o).length;
  const moved = count('unchanged');
  const changed = count('changed');
  const gone = count('gone');
  const movedText = `${quotes(moved)} moved${moved === 1 ? ' with its words' : moved > 1 ? ' with their words' : ''}`;
  const reviewParts = [changed ? `${changed} changed` : '', gone ? `${gone} gone` : ''].filter(Boolean);
  const review = changed + gone;
  return (
    `Version ${report.toVersion} is now current. ${movedText}` +
    (review ? `; ${reviewParts.join(' and ')} ${plural(review, 'needs', 'need')} your review.` : '.')
  );
}
