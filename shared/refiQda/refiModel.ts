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
  /** Normalised GUIDs of the notes (NVivo's memos and annotations) attached to it. */
  noteGuids: string[];
  creationDateTime: string | null;
};

import type { SourceKind } from '../domain/sourceKinds.ts';
import type { SourceDetails } from './appAttributes.ts';

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
      noteGuids: string[];
      /** Its "Source kind" variable's value, where it has one the app knows. */
      sourceKind: SourceKind | null;
      /** Its "Author", "Date published" and "Web address" variables' values, where it has them. */
      details: SourceDetails;
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
      noteGuids: string[];
      sourceKind: SourceKind | null;
      details: SourceDetails;
    }
  | { kind: 'unsupported'; element: string; name: string };

/** A note (a memo): a text of its own, which may itself have coded passages. */
export type RefiNote = { guid: string; name: string; text: RefiText | null; selections: RefiSelection[] };

/** What the app has no place for, counted so the import report can say what was left out. */
export type RefiUnsupportedCounts = { cases: number; variables: number; sets: number; links: number; graphs: number };

export type RefiProject = {
  name: string;
  origin: string;
  description: string;
  codes: RefiCode[];
  sources: RefiSource[];
  notes: RefiNote[];
  /** Normalised code GUID to the answer-type label of the "Answer type: …" set it is in. */
  answerTypes: Map<string, string>;
  /** Counts leave out the variable and sets the app reads (see appAttributes). */
  unsupported: RefiUnsupportedCounts;
};

export type RefiCodebook = { origin: string; codes: RefiCode[]; answerTypes: Map<string, string> };

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
