import type { KeyboardEvent } from 'react';

interface ComboboxInputProps {
  /** The accessible name, also shown as the placeholder. */
  readonly label: string;
  /** The id of the listbox this input filters. */
  readonly listId: string;
  /** The id of the active option; undefined when the list is empty. */
  readonly activeId: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** Popup pickers close when focus leaves them; a click on one of their options does not count. */
  readonly onBlurOutside?: () => void;
  readonly autoFocus?: boolean;
}

/** The filter box of a picker: a combobox whose active option lives in the listbox it controls. */
export function ComboboxInput(props: ComboboxInputProps) {
  const { onBlurOutside } = props;
  return (
    <input
      type="text"
      dir="auto"
      role="combobox"
      aria-label={props.label}
      aria-expanded="true"
      aria-controls={props.listId}
      aria-activedescendant={props.activeId}
      aria-autocomplete="list"
      placeholder={props.label}
      value={props.value}
      autoFocus={props.autoFocus}
      onChange={(e) => props.onChange(e.target.value)}
      onKeyDown={props.onKeyDown}
      onBlur={
        onBlurOutside &&
        ((e) => {
          // The picker is the input's parent: focus moving into it (an option) keeps it open.
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null))
            onBlurOutside();
        })
      }
    />
  );
}
