import { useEffect, useMemo, useRef, useState } from 'react';

type Props = { text: string; onMatch: (range: { start: number; end: number } | null) => void; onClose: () => void };

/** Find within the open source: every match counted, Enter / Shift+Enter to move between them. */
export function FindBar({ text, onMatch, onClose }: Props) {
  const [needle, setNeedle] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const matches = useMemo(() => {
    const found: number[] = [];
    if (needle.trim() === '') return found;
    const hay = text.toLocaleLowerCase('en-GB');
    const want = needle.toLocaleLowerCase('en-GB');
    for (let at = hay.indexOf(want); at >= 0 && found.length < 10_000; at = hay.indexOf(want, at + 1)) found.push(at);
    return found;
  }, [text, needle]);
  const current = matches.length ? ((index % matches.length) + matches.length) % matches.length : -1;

  useEffect(() => {
    onMatch(current >= 0 ? { start: matches[current]!, end: matches[current]! + needle.length } : null);
  }, [current, matches, needle, onMatch]);

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
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            setIndex((i) => i + (e.shiftKey ? -1 : 1));
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {needle ? (matches.length ? `${current + 1} of ${matches.length}` : 'No matches') : ''}
      </span>
      <button
        type="button"
        onClick={() => setIndex((i) => i - 1)}
        disabled={!matches.length}
        aria-label="Previous match"
      >
        ↑
      </button>
      <button type="button" onClick={() => setIndex((i) => i + 1)} disabled={!matches.length} aria-label="Next match">
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label="Close find">
        ✕
      </button>
    </div>
  );
}
