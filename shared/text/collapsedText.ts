/**
 * A text with every run of white space (spaces, line breaks, tabs) shown as one space, and for each of its
 * characters the offset it came from, so a passage found in the collapsed text can be mapped back exactly.
 * Re-exported PDFs and re-saved web pages differ mostly in white space; the words are what a quote cites.
 */
export type CollapsedText = { text: string; origin: Int32Array };

export function collapseWhitespace(text: string): CollapsedText {
  const origin = new Int32Array(text.length);
  let n = 0;
  let inSpace = false;
  let runStart = 0;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (space) {
      if (!inSpace) {
        origin[n++] = i;
        inSpace = true;
        if (i > runStart) parts.push(text.slice(runStart, i));
        parts.push(' ');
      }
      runStart = i + 1;
    } else {
      origin[n++] = i;
      inSpace = false;
    }
  }
  if (runStart < text.length) parts.push(text.slice(runStart));
  return { text: parts.join(''), origin: origin.subarray(0, n) };
}

/** The same collapsing for a short string, without the offsets. */
export function collapse(text: string): string {
  return text.replace(/[ \t\r\n\u00a0]+/g, ' ');
}
