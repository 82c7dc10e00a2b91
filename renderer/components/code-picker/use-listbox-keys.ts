import { useState, type KeyboardEvent } from 'react';

/** The option an arrow key moves to, wrapping at both ends; null for any other key. */
export function arrowTarget(key: string, current: number, count: number): number | null {
  const size = Math.max(1, count);
  if (key === 'ArrowDown') return (current + 1) % size;
  if (key === 'ArrowUp') return (current - 1 + size) % size;
  return null;
}

/**
 * Whether a mouse move over option `index` takes the highlight: only a pointer that moves. As
 * typing filters the list, options slide under a resting pointer and the browser reports the
 * pointer over a new option (mouseover, and a mousemove that did not move); taking the
 * highlight then made Enter apply that option instead of the typed match.
 */
export function pointerTakesHighlight(
  e: { readonly movementX: number; readonly movementY: number },
  index: number,
  current: number,
): boolean {
  return (e.movementX !== 0 || e.movementY !== 0) && index !== current;
}

interface ListboxKeysOptions {
  /** How many options the listbox shows now. */
  readonly count: number;
  /** The option active on first render. */
  readonly initial?: number;
  /** Enter: apply the active option. */
  readonly onEnter: (index: number) => void;
  /** Escape: when given, handled here and kept from closing an outer dialog too. */
  readonly onEscape?: () => void;
}

/**
 * The keyboard of a filterable combobox over a listbox (the code, case and "code all" pickers):
 * arrows move the active option, Enter applies it, Escape closes. `current` is the active
 * index clamped to the options shown, so narrowing the filter never points past the end.
 */
export function useListboxKeys({ count, initial = 0, onEnter, onEscape }: ListboxKeysOptions) {
  const [active, setActive] = useState(initial);
  const current = Math.min(active, Math.max(0, count - 1));

  /** Returns true when the key was one of the listbox's own. */
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): boolean {
    const next = arrowTarget(e.key, current, count);
    if (next !== null) {
      e.preventDefault();
      setActive(next);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onEnter(current);
    } else if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      e.stopPropagation();
      onEscape();
    } else return false;
    return true;
  }

  return { current, setActive, onKeyDown };
}
