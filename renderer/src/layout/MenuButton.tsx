import { useCallback, useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { usePopover } from '../usePopover.ts';

export type MenuItem = { label: string; onSelect: () => void; shortcut?: string; disabled?: boolean };

type Props = {
  /** The button's accessible name; `children` is what it shows. */
  label: string;
  children: ReactNode;
  items: MenuItem[];
  disabled?: boolean;
};

/**
 * A button that opens a list of actions (WAI-ARIA menu button): arrow keys move between them, Escape, Tab or a
 * click elsewhere closes it, and focus goes back to the button.
 */
export function MenuButton({ label, children, items, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const close = useCallback(() => setOpen(false), []);
  // Escape and a press outside close it, and focus goes back to the button, as for every other popover.
  const { opener: button, popover: menu } = usePopover<HTMLButtonElement, HTMLUListElement>(open, close);
  const entries = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:enabled') ?? [])];

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:enabled')?.focus();
  }, [open, menu]);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-tip={label}
        disabled={disabled}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open ? (
        <ul id={id} ref={menu} role="menu" aria-label={label} className="menu" onKeyDown={onKeyDown}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={item.disabled}
                onClick={() => {
                  button.current?.focus();
                  close();
                  item.onSelect();
                }}
              >
                <span>{item.label}</span>
                {item.shortcut ? <kbd>{item.shortcut}</kbd> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
