import { formatLongDate } from '../citation.ts';
import { countOf } from '../text/plural.ts';

/** "Closes 22 July 2022: 12 days left", or that it has closed, or that no date is recorded: the window and the CLI. */
export function closingText(closingDate: string | null, daysLeft: number | null): string {
  if (!closingDate || daysLeft === null)
    return 'No closing date recorded (add it under Edit questions, with the consultation’s details).';
  const date = formatLongDate(closingDate);
  if (daysLeft > 0) return `Closes ${date}: ${countOf(daysLeft, 'day')} left.`;
  if (daysLeft === 0) return `Closes today, ${date}.`;
  return `Closed ${date}, ${countOf(-daysLeft, 'day')} ago.`;
}
