import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { HEADING_EDIT_REFUSED_COMMAND } from '../readOnlyHeadings.ts';
import { useSay } from '../../state/hooks.ts';

export const HEADING_REFUSED_MESSAGE =
  'Headings can’t be changed in the draft: select only your answer’s text (Edit wording changes a question’s words).';

/** Says why typing, formatting or a list did nothing when the selection reached a heading (in the notice bar). */
export function HeadingRefusalPlugin() {
  const [editor] = useLexicalComposerContext();
  const say = useSay();
  useEffect(
    () =>
      editor.registerCommand(
        HEADING_EDIT_REFUSED_COMMAND,
        () => {
          say('info', HEADING_REFUSED_MESSAGE);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, say],
  );
  return null;
}
