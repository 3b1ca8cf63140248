import { z } from 'zod';

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'table-cell', 'note'] as const;
export const BlockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** A structural span of a source's canonical text: text.slice(start, end) is the block's text. */
export const SourceBlockSchema = z.object({
  kind: BlockKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Heading level 1–6 for headings, nesting depth for list items; null otherwise. */
  level: z.number().int().min(0).max(9).nullable(),
  /** 1-based page for paged formats (PDF); null otherwise. */
  page: z.number().int().positive().nullable(),
});
export type SourceBlock = z.infer<typeof SourceBlockSchema>;

/** What an importer makes of a file: one canonical text, its structure, and what the file says about itself. */
export type ExtractedDocument = {
  text: string;
  blocks: SourceBlock[];
  /** Metadata the file states outright (a PDF's or .docx's title, an HTML <title>), before any guessing. */
  stated: {
    title?: string;
    author?: string;
    /** Who published it (a council, a department), the author when none is named. */
    publisher?: string;
    publishedOn?: string;
    url?: string;
  };
};

/** The page a character offset falls on, or null for unpaged sources (blocks are in text order). */
export function pageAt(blocks: readonly SourceBlock[], offset: number): number | null {
  let page: number | null = null;
  for (const b of blocks) {
    if (b.start > offset) break;
    if (b.page !== null) page = b.page;
  }
  return page;
}
