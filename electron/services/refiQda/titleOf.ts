/** A source's title from its file name in another tool: the name without its document extension. */
export function titleOf(name: string): string {
  return name.replace(/\.(txt|text|docx?|rtf|odt|pdf|html?|md)$/i, '').trim();
}
