/** What the app reads from a REFI-QDA codebook (.qdc) or project (project.qde inside a .qdpx), whichever tool wrote it. */

export type RefiCode = {
  guid: string;
  name: string;
  description: string;
  isCodable: boolean;
  children: RefiCode[];
};

/** A coded passage of a plain-text source (or of a PDF's text representation), positions as the file gives them. */
export type RefiSelection = {
  guid: string;
  name: string;
  start: number;
  end: number;
  description: string;
  /** Normalised (see normaliseGuid) GUIDs of the codes applied to it. */
  codeGuids: string[];
  creationDateTime: string | null;
};

/** Where a source's plain text is: inline (PlainTextContent) or a file (internal://, relative://, absolute://). */
export type RefiText = { content: string } | { path: string };

export type RefiSource =
  | {
      kind: 'text';
      guid: string;
      name: string;
      description: string;
      text: RefiText | null;
      selections: RefiSelection[];
      /** Codings of the whole source, which the app has no place for. */
      sourceCodings: number;
    }
  | {
      kind: 'pdf';
      guid: string;
      name: string;
      description: string;
      path: string | null;
      /** The PDF's plain-text representation, which its text selections count in. */
      representation: { text: RefiText | null; selections: RefiSelection[] } | null;
      /** Areas of a page (PDFSelection), which cannot be turned into words. */
      areaSelections: number;
      sourceCodings: number;
    }
  | { kind: 'unsupported'; element: string; name: string };

export type RefiProject = {
  name: string;
  origin: string;
  description: string;
  codes: RefiCode[];
  sources: RefiSource[];
};

export type RefiCodebook = { origin: string; codes: RefiCode[] };

/** The app's own files say so in their origin, so its conventions (wording as description) can be read back. */
export const APP_ORIGIN = 'Consultation Workbench';

export function isAppOrigin(origin: string): boolean {
  return origin.startsWith(APP_ORIGIN);
}

/** GUIDs may come upper- or lower-case, with or without braces; compared in one form. */
export function normaliseGuid(guid: string): string {
  return guid
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();
}
