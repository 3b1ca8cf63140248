/**
 * A whole number as en-GB writes it, thousands separated by commas ("12,345"), without Intl: a page's first Intl
 * call (toLocaleString) loads the locale's data, tens of milliseconds spent before the first screen shows.
 */
export function wholeNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
