import { wholeNumber } from './wholeNumber.ts';

/**
 * The form of a word for a count: plural(1, 'quote') is "quote", plural(3, 'quote') "quotes"; an irregular plural is
 * given (plural(2, 'copy', 'copies')), and so are verbs that agree with the count (plural(n, 'has', 'have')).
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** A count with its noun, read as English: "1 quote", "3 quotes", "0 quotes", "2 copies", "1,200 sources"; never "quote(s)". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${wholeNumber(n)} ${plural(n, one, many)}`;
}
