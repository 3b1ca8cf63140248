// Common words that say nothing about which question a passage supports.
const STOPWORDS = new Set(
  (
    'the and for that with this are was were will have has had not but from they their them been being which who whom ' +
    'what when where why how all any can could would should may might must our ours you your his her its also into ' +
    'than then there these those such only over more most some other each very just about after before because ' +
    'between both during further here himself herself itself myself once own same she themselves through under until ' +
    'upon while whilst does did doing out off too nor per via etc including include includes across ensure make made ' +
    'new need needs well want way ways use used one two three many much ' +
    // Words in nearly every SEND document, which would pull every passage toward the longest questions.
    'send children child young people sen disabilities special educational'
  ).split(' '),
);

/** A passage's words in order, lower-cased, split as the search index's tokenizer splits them. */
export function passageWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words that say something about a passage's subject: no stop words, numbers or two-letter words. */
export function meaningfulWords(words: readonly string[]): string[] {
  return words.filter((word) => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
}
