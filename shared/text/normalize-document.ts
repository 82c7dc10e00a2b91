// Normalization on demand for one stored document (issue 11, item 3): the text normalized by
// normalizeWithMap (Arabic ي/ك → ی/ک, presentation forms folded, tatweel and harakat dropped,
// half-spaces repaired), the document's codings moved through its offset map, and the changes
// counted by kind for the preview. Pure: the store writes the result in one transaction.
import { normalizeWithMap } from './normalize-persian';
import { ZWNJ } from './persian';

/** What the preview counts, one figure per kind of change. */
export interface NormalizeCounts {
  /** Arabic ي, ى, ك made Persian ی, ک. */
  readonly arabicLetters: number;
  /** Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) folded to base letters. */
  readonly presentationForms: number;
  /** Tatweel (kashida, U+0640) removed. */
  readonly tatweel: number;
  /** Harakat and other combining marks (U+064B–U+065F, U+0670) removed. */
  readonly harakat: number;
  /** Half-spaces (ZWNJ) removed where they joined nothing: doubled, at a word's edge. */
  readonly halfSpaces: number;
  /** Other invisible units removed (U+FEFF, a byte order mark inside the text). */
  readonly other: number;
}

export const NORMALIZE_KINDS: readonly (keyof NormalizeCounts)[] = [
  'arabicLetters',
  'presentationForms',
  'tatweel',
  'harakat',
  'halfSpaces',
  'other',
];

/** A coding as this module needs it: anything with UTF-16 [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface NormalizedDocument<T extends Span> {
  readonly text: string;
  readonly changed: boolean;
  readonly counts: NormalizeCounts;
  /** Old UTF-16 offset → new one (a removed unit's offset goes to what follows it). */
  readonly map: (offset: number) => number;
  /** Every span, moved (same order as given); `moved` holds only those whose offsets changed. */
  readonly spans: readonly T[];
  readonly moved: readonly { readonly before: T; readonly after: T }[];
}

/** Counts the units that normalizeWithMap changes, by kind (ZWNJ: those it removed). */
export function countChanges(text: string, normalized: string): NormalizeCounts {
  let arabicLetters = 0;
  let presentationForms = 0;
  let tatweel = 0;
  let harakat = 0;
  let other = 0;
  let zwnjBefore = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x64a || c === 0x649 || c === 0x643) arabicLetters++;
    else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)) presentationForms++;
    else if (c === 0x640) tatweel++;
    else if ((c >= 0x64b && c <= 0x65f) || c === 0x670) harakat++;
    else if (c === 0xfeff) other++;
    else if (c === 0x200c) zwnjBefore++;
  }
  let zwnjAfter = 0;
  for (let i = normalized.indexOf(ZWNJ); i >= 0; i = normalized.indexOf(ZWNJ, i + 1)) zwnjAfter++;
  return {
    arabicLetters,
    presentationForms,
    tatweel,
    harakat,
    halfSpaces: Math.max(0, zwnjBefore - zwnjAfter),
    other,
  };
}

/**
 * Moves a span through the map. A span that covered only removed units (a coding on a lone
 * tatweel) would become empty: it keeps one unit, the one that followed it, so no coding is lost
 * or made zero-length (the store refuses those).
 */
function moveSpan<T extends Span>(s: T, map: (o: number) => number, length: number): T {
  let start = map(s.start);
  let end = map(s.end);
  if (end <= start && s.end > s.start) {
    end = Math.min(length, start + 1);
    start = Math.max(0, end - 1);
  }
  return { ...s, start, end };
}

/** The normalized document: text, counts, map, and its spans (codings) moved. */
export function normalizeDocument<T extends Span>(
  text: string,
  spans: readonly T[],
): NormalizedDocument<T> {
  const n = normalizeWithMap(text);
  const moved: { before: T; after: T }[] = [];
  const out = spans.map((s) => {
    const after = moveSpan(s, n.map, n.text.length);
    if (after.start !== s.start || after.end !== s.end) moved.push({ before: s, after });
    return after;
  });
  return {
    text: n.text,
    changed: n.changed,
    counts: countChanges(text, n.text),
    map: n.map,
    spans: out,
    moved,
  };
}

/** The sum of the counts (the preview's total). */
export function totalChanges(c: NormalizeCounts): number {
  return NORMALIZE_KINDS.reduce((sum, k) => sum + c[k], 0);
}
