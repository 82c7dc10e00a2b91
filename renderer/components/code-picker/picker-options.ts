// The picker's option list, aware that another window may delete a code while the picker is
// open: the list then changes under the researcher's cursor, and Enter on the spot where
// "Trade" was would silently create a new top-level "Trade" (losing its place in the tree).
import { persianLetterSuggestion } from '../persian-letters';
import { codeKey, type PickableCode, rankCodes } from './rank-codes';

export type PickerOption<C extends PickableCode> =
  | { readonly kind: 'code'; readonly code: C }
  /** `persian`: the typed name in Persian letters, offered beside it (issue 13.8). */
  | { readonly kind: 'create'; readonly name: string; readonly persian?: boolean };

export interface PickerOptions<C extends PickableCode> {
  readonly options: PickerOption<C>[];
  /**
   * A code this picker listed, named as typed, that is gone now (deleted in another window):
   * "Create" is not offered for its name until the picker is opened again.
   */
  readonly blocked: PickableCode | null;
}

/**
 * The options for `query`: matching codes best first, then "Create “…”" when no code is named
 * exactly so and the name is not that of a code that vanished while the picker was open.
 */
export function pickerOptions<C extends PickableCode>(
  codes: readonly C[],
  query: string,
  recent: readonly string[],
  vanished: readonly PickableCode[] = [],
): PickerOptions<C> {
  const ranked = rankCodes(codes, query, recent);
  const options: PickerOption<C>[] = ranked.codes.map((code) => ({ kind: 'code', code }));
  const name = query.trim();
  const blocked = name ? (vanished.find((c) => codeKey(c.name) === codeKey(name)) ?? null) : null;
  if (name && !ranked.exact && !blocked) {
    options.push({ kind: 'create', name });
    // Arabic ي/ك or presentation forms typed: the Persian spelling is offered right under the
    // name as typed — one arrow key or click away, never swapped in silently.
    const persian = persianLetterSuggestion(name);
    if (persian) options.push({ kind: 'create', name: persian, persian: true });
  }
  return { options, blocked };
}

/** Codes in `seen` that are no longer in `codes`, most recently seen last. */
export function vanishedCodes<C extends PickableCode>(
  seen: ReadonlyMap<string, C>,
  codes: readonly PickableCode[],
): C[] {
  const now = new Set(codes.map((c) => c.id));
  return [...seen.values()].filter((c) => !now.has(c.id));
}
