// The columns (or rows) an attribute makes in a crosstab: one per value that occurs, in a stable
// order, plus "(none)" for cases without a value and documents without a case.
import type { Attribute, AttributeValue } from '../model';
import { normalizeForSearch, toLatinDigits } from '../text/persian';

/** The key and the label of the missing value (no value, or a document with no case). */
export const NONE_KEY = '\u0000none';
export const NONE_LABEL = '(none)';

export interface AttributeCategory {
  /** Stable key of the value: numbers in Latin digits, text as given (trimmed). */
  readonly key: string;
  /** What the table shows ("(none)" for the missing value). */
  readonly label: string;
  readonly none: boolean;
}

/** The key of one value: years and numbers compare as numbers, whatever digits they were typed in. */
export function valueKey(attribute: Attribute, value: AttributeValue | undefined): string {
  if (value === null || value === undefined) return NONE_KEY;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : NONE_KEY;
  const text = value.trim();
  if (text === '') return NONE_KEY;
  if (attribute.type === 'number' || attribute.type === 'year') {
    const n = Number(toLatinDigits(text));
    if (Number.isFinite(n)) return String(n);
  }
  return text;
}

/**
 * The categories of the keys seen, ordered: a category attribute's options first (its own
 * order), numbers and years ascending, other text alphabetically (Persian collation); "(none)"
 * last, and only when it occurs.
 */
export function orderCategories(attribute: Attribute, keys: Iterable<string>): AttributeCategory[] {
  const seen = new Set(keys);
  const hasNone = seen.delete(NONE_KEY);
  const numeric = attribute.type === 'number' || attribute.type === 'year';
  const options = attribute.type === 'category' ? attribute.options : [];
  const rank = new Map(options.map((o, i) => [o.trim(), i]));
  const sorted = [...seen].sort((a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined || rb !== undefined) {
      return (
        (ra ?? Number.MAX_SAFE_INTEGER) - (rb ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b)
      );
    }
    if (numeric) {
      const na = Number(a);
      const nb = Number(b);
      if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
    }
    return a.localeCompare(b, 'fa', { numeric: true });
  });
  const out: AttributeCategory[] = sorted.map((key) => ({ key, label: key, none: false }));
  if (hasNone) out.push({ key: NONE_KEY, label: NONE_LABEL, none: true });
  return out;
}

/** A name as typed on a command line or in a URL, matched Persian-aware (ي/ك, half-spaces, case). */
export function nameKey(name: string): string {
  return normalizeForSearch(name).replace(/\s+/g, ' ').trim();
}

/** The attribute called `name` (Persian-aware), if any. */
export function findAttribute(
  attributes: readonly Attribute[],
  name: string,
): Attribute | undefined {
  const wanted = nameKey(name);
  return attributes.find((a) => nameKey(a.name) === wanted);
}
