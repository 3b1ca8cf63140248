import { z } from 'zod';

/** Who is responding, and how the response is set out: shown in the title block and used by the export. */
export const ResponseDetailsSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    organisation: z.string().trim().max(300),
    contactName: z.string().trim().max(200),
    contactEmail: z.union([z.literal(''), z.email().max(300)]),
    responseDate: z.union([z.literal(''), z.iso.date()]),
    mayPublish: z.enum(['yes', 'no', 'not-said']),
    citationStyle: z.enum(['footnotes', 'author-date']),
    tableOfContents: z.boolean(),
  })
  .strict();
export type ResponseDetails = z.infer<typeof ResponseDetailsSchema>;

export const DEFAULT_RESPONSE_DETAILS: Omit<ResponseDetails, 'name'> = {
  organisation: '',
  contactName: '',
  contactEmail: '',
  responseDate: '',
  mayPublish: 'not-said',
  citationStyle: 'footnotes',
  tableOfContents: false,
};

export type ProjectInfo = {
  name: string;
  /** Where the project file lives, for the title bar; the bridge reports its temp file. */
  path: string;
  details: ResponseDetails;
};
