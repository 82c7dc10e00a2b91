// "Open the target" of a memo on a code or a case: the memo manager asks the codebook or the
// cases view to select an item when it next shows. A one-shot handoff (module state, read once
// on mount) rather than workspace state: nothing else needs to remember it.
import { useState } from 'react';

type FocusView = 'codebook' | 'cases';
const pending = new Map<FocusView, string>();

export function requestFocus(view: FocusView, id: string): void {
  pending.set(view, id);
}

/** The id asked for, once (a second call returns null). */
export function takeFocus<T extends string>(view: FocusView): T | null {
  const id = pending.get(view) ?? null;
  pending.delete(view);
  return id as T | null;
}

/** The id asked for when this view mounted (state initializer: read once). */
export function useFocusRequest<T extends string>(view: FocusView): T | null {
  const [id] = useState(() => takeFocus<T>(view));
  return id;
}
