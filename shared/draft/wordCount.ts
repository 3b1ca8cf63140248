/** Words as the consultation's online form counted them: runs of non-space characters. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}
