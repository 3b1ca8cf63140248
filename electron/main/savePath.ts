/**
 * The path a save dialog returned, with `extension` added when the typed name lacks it: Linux save dialogs return
 * the name as typed, and a file without its extension cannot be opened again by double-clicking it.
 */
export function withExtension(path: string, extension: string): string {
  const dotted = extension.startsWith('.') ? extension : `.${extension}`;
  return path.toLowerCase().endsWith(dotted.toLowerCase()) ? path : `${path}${dotted}`;
}
