import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $caretPlace, $restoreCaret } from '../caretPlace.ts';
import { useWorkbench } from '../../state/workbench.ts';
import { quietTimer } from '../quietTimer.ts';

const SETTLE_MS = 600;

/**
 * Opens the draft with the caret and scroll where the writer left them, and keeps both for next time. The caret is
 * put back once, when the project opens (not when a kept version is loaded).
 */
export function RememberPlacePlugin() {
  const [editor] = useLexicalComposerContext();
  const { place } = useWorkbench();
  useEffect(() => {
    const caret = place.takeCaret();
    const scroll = place.get().draftScroll;
    if (caret) {
      let restored = false;
      editor.update(
        () => {
          restored = $restoreCaret(caret);
        },
        { discrete: true },
      );
      if (restored) editor.focus();
    }
    const root = editor.getRootElement();
    if (root && scroll > 0) requestAnimationFrame(() => (root.scrollTop = scroll));
  }, [editor, place]);

  useEffect(() => {
    // Where the caret is, read when the writer pauses (as the word counts are), not between keys: it walks the
    // draft's blocks. Read at once if the page is going away.
    const read = () => {
      const caret = editor.getEditorState().read($caretPlace);
      if (caret) place.update({ caret });
    };
    const settled = quietTimer(SETTLE_MS, read);
    const unregister = editor.registerUpdateListener(settled.restart);
    const onPageHide = () => {
      if (!settled.pending()) return;
      settled.cancel();
      read();
    };
    const onScroll = (event: Event) => place.update({ draftScroll: (event.currentTarget as HTMLElement).scrollTop });
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('scroll', onScroll);
      root?.addEventListener('scroll', onScroll, { passive: true });
    });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unregister();
      unregisterRoot();
      window.removeEventListener('pagehide', onPageHide);
      settled.cancel();
    };
  }, [editor, place]);
  return null;
}
