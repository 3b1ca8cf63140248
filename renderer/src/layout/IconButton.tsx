import type { ButtonHTMLAttributes, Ref } from 'react';
import type { LucideIcon } from 'lucide-react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> & {
  /** The button's name, read out and shown in its tooltip. */
  label: string;
  icon: LucideIcon;
  ref?: Ref<HTMLButtonElement>;
  /** The shortcut as the user types it ("Ctrl+B"), shown in the tooltip; `keys` is the same for assistive tech. */
  shortcut?: string;
  keys?: string;
  /** Shown beside the icon when there is room for words, for actions an icon alone would not explain. */
  text?: string;
};

/**
 * A toolbar button drawn as an icon, named in words, with a tooltip giving its name and shortcut on hover and on
 * keyboard focus (a title attribute shows only on hover, and late).
 */
export function IconButton({ label, icon: Icon, shortcut, keys, text, className, ...rest }: Props) {
  return (
    <button
      type="button"
      {...rest}
      className={`icon-button${text ? ' with-text' : ''}${className ? ` ${className}` : ''}`}
      aria-label={label}
      aria-keyshortcuts={keys}
      data-tip={shortcut ? `${label} (${shortcut})` : label}
    >
      <Icon aria-hidden="true" size={18} strokeWidth={1.9} />
      {text ? <span aria-hidden="true">{text}</span> : null}
    </button>
  );
}
