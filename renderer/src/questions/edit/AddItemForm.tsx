import { useId, useState } from 'react';

type Props = {
  label: string;
  buttonLabel: string;
  maxLength: number;
  /** Resolves true once added, which empties the field for the next one. */
  onAdd: (text: string) => Promise<boolean>;
};

/** A labelled field and button that add a chapter or a question. */
export function AddItemForm({ label, buttonLabel, maxLength, onAdd }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <form
      className="add-question"
      onSubmit={(e) => {
        e.preventDefault();
        const value = text.trim();
        if (value) void onAdd(value).then((added) => added && setText(''));
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} maxLength={maxLength} onChange={(e) => setText(e.target.value)} />
      <button type="submit">{buttonLabel}</button>
    </form>
  );
}

/** Enter in a field commits it (Shift+Enter still makes a new line in a text area). */
export function commitOnEnter(commit: () => void) {
  return (event: { key: string; shiftKey: boolean; preventDefault: () => void }) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    commit();
  };
}
