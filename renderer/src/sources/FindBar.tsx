import { useEffect, useMemo, useRef, useState } from 'react';

type Props = {
  /** The open source's text; null while a newly chosen source is being read (the words typed stay meanwhile). */
  text: string | null;
  /** Counts each time the writer asks for find (Ctrl+F): the box takes focus then, and only then. */
  focusRequest: number;
  onMatch: (range: { start: number; end: number } | null) => void;
  onClose: () => void;
};

/**
 * Find within the open source: every match counted, Enter / Shift+Enter to move between them. It stays open when
 * another source is chosen, and finds the same words there, from the first match.
 */
export function FindBar({ text, focusRequest, onMatch, onClose }: Props) {
  const [needle, setNeedle] = useState('');
  // The match moved to, in the text it was moved in: another source's text starts again at its first match.
  const [at, setAt] = useState<{ text: string | null; index: number }>({ text, index: 0 });
  const index = at.text === text ? at.index : 0;
  const move = (step: number) => setAt({ text, index: index + step });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const matches = useMemo(() => {
    const found: number[] = [];
    if (text === null || needle.trim() === '') return found;
    const hay = text.toLocaleLowerCase('en-GB');
    const want = needle.toLocaleLowerCase('en-GB');
    for (let at = hay.indexOf(want); at >= 0 && found.length < 10_000; at = hay.indexOf(want, at + 1)) found.push(at);
    return found;
  }, [text, needle]);
  const current = matches.length ? ((index % matches.length) + matches.length) % matches.length : -1;

  useEffect(() => {
    // Nothing to report while the next source is being read: its matches come with its text.
    if (text === null) return;
    onMatch(current >= 0 ? { start: matches[current]!, end: matches[current]! + needle.length } : null);
  }, [text, current, matches, needle, onMatch]);

  return (
    <div className="find-bar" role="search" aria-label="Find in this source">
      <input
        ref={input}
        type="search"
        aria-label="Find in this source"
        placeholder="Find in this source"
        value={needle}
        onChange={(e) => {
          setNeedle(e.target.value);
          setAt({ text, index: 0 });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            move(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {needle && text !== null ? (matches.length ? `${current + 1} of ${matches.length}` : 'No matches') : ''}
      </span>
      <button type="button" onClick={() => move(-1)} disabled={!matches.length} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => move(1)} disabled={!matches.length} aria-label="Next match">
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label="Close find">
        ✕
      </button>
    </div>
  );
}
