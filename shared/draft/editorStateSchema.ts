import { z } from 'zod';

/** What the drafts service accepts as a saved draft: a Lexical editor state with a root and its blocks. */
export const SerializedEditorStateSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(z.looseObject({ type: z.string() })) }),
});
