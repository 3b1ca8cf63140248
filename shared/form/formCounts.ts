import { countWords } from '../draft/wordCount.ts';

/** Citizen Space refuses more than this in any text box, whatever limit the form's owner set. */
export const FORM_MAX_CHARACTERS = 32_000;

/**
 * Characters as a form's counter in the browser counts them (GOV.UK's character count and Citizen Space read the
 * box's value.length): every letter, space, punctuation mark and line break is one; an emoji or other character
 * outside the Basic Multilingual Plane is two.
 */
export function countCharacters(text: string): number {
  return text.length;
}

export type FormCounts = { words: number; characters: number; overLimit: boolean };

/**
 * The form's counts for a text, and whether the form would refuse or flag it: over the question's word limit, over
 * its character limit, or over the form's own 32,000-character cap. Words are runs of non-space characters, so
 * "co-operate", "0-25", "£60,000" and "e.g." are one word each and a dash set off by spaces is a word too.
 */
export function formCounts(
  text: string,
  limits: { wordLimit: number | null; characterLimit: number | null },
): FormCounts {
  const words = countWords(text);
  const characters = countCharacters(text);
  const maxCharacters = Math.min(limits.characterLimit ?? FORM_MAX_CHARACTERS, FORM_MAX_CHARACTERS);
  const overLimit = (limits.wordLimit !== null && words > limits.wordLimit) || characters > maxCharacters;
  return { words, characters, overLimit };
}
