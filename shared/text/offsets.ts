// The one place where offsets change unit (DEVELOPERS.md rule 8).
// The store keeps UTF-16 code-unit offsets (JavaScript string indices); REFI-QDA counts
// Unicode code points; a selection in the UI must never split a user-perceived character
// (a surrogate pair, a base letter and its combining marks, an emoji sequence).

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Code-point index of UTF-16 offset `utf16` (which must not fall inside a surrogate pair). */
export function utf16ToCodePoint(text: string, utf16: number): number {
  const end = Math.max(0, Math.min(utf16, text.length));
  let cp = 0;
  for (let i = 0; i < end; i++) {
    if (
      isHighSurrogate(text.charCodeAt(i)) &&
      isLowSurrogate(text.charCodeAt(i + 1)) &&
      i + 1 < end
    ) {
      i++;
    }
    cp++;
  }
  return cp;
}

/** UTF-16 offset of code-point index `cp`; clamped to the text's length. */
export function codePointToUtf16(text: string, cp: number): number {
  let i = 0;
  let n = 0;
  while (i < text.length && n < cp) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    n++;
  }
  return i;
}

/** Number of code points in the text. */
export function codePointLength(text: string): number {
  return utf16ToCodePoint(text, text.length);
}

/**
 * Converts many offsets at once in one pass: REFI-QDA export of 100k codings must not be
 * quadratic. Returns code-point indices in the same order as `utf16Offsets`.
 */
export function utf16ToCodePointMany(text: string, utf16Offsets: readonly number[]): number[] {
  const order = utf16Offsets.map((o, k) => [o, k] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(utf16Offsets.length);
  let i = 0;
  let cp = 0;
  for (const [target, k] of order) {
    const t = Math.max(0, Math.min(target, text.length));
    while (i < t) {
      i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      cp++;
    }
    out[k] = cp;
  }
  return out;
}

/** The inverse of utf16ToCodePointMany. */
export function codePointToUtf16Many(text: string, cps: readonly number[]): number[] {
  const order = cps.map((o, k) => [o, k] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(cps.length);
  let i = 0;
  let cp = 0;
  for (const [target, k] of order) {
    while (i < text.length && cp < target) {
      i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      cp++;
    }
    out[k] = i;
  }
  return out;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** Grapheme-cluster boundaries of the text, as UTF-16 offsets, including 0 and text.length. */
export function graphemeBoundaries(text: string): number[] {
  const out: number[] = [];
  if (segmenter) {
    for (const s of segmenter.segment(text)) out.push(s.index);
  } else {
    for (let i = 0; i < text.length; i++) {
      if (!isLowSurrogate(text.charCodeAt(i))) out.push(i);
    }
  }
  out.push(text.length);
  return out;
}

/**
 * True when a grapheme boundary at `p` is certain without segmenting: at the ends, next to a
 * line feed, between two ASCII characters, or after a space before a letter, digit or
 * punctuation that never extends the cluster before it (Extend/SpacingMark letters excluded).
 */
function isCertainBoundary(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  const prev = text.charCodeAt(p - 1);
  const cur = text.charCodeAt(p);
  if (prev === 0x0a) return true;
  if (cur === 0x0a) return prev !== 0x0d;
  if (prev < 0x80 && cur < 0x80) return true;
  if (prev !== 0x20) return false;
  const ch = String.fromCodePoint(text.codePointAt(p) ?? cur);
  return /^[\p{L}\p{N}\p{P}]$/u.test(ch) && !/^[\u0e33\u0eb3\uff9e\uff9f]$/.test(ch);
}

/**
 * Grapheme boundaries of a neighbourhood of [from, to], as absolute offsets. The window is
 * widened to boundaries that are certain: segmenting from inside a cluster (a long run of
 * combining marks, a run of flags whose regional indicators pair up) would give false ones.
 */
function boundariesAround(text: string, from: number, to: number): number[] {
  let a = Math.max(0, from - 32);
  while (!isCertainBoundary(text, a)) a--;
  let b = Math.min(text.length, to + 32);
  while (!isCertainBoundary(text, b)) b++;
  return graphemeBoundaries(text.slice(a, b)).map((x) => a + x);
}

/**
 * Widens [start, end) to whole grapheme clusters, so a coding never splits an emoji,
 * a surrogate pair or a letter from its combining marks. A ZWNJ belongs to the cluster of
 * the letter before it (Unicode gives it Grapheme_Cluster_Break=Extend), so it is kept.
 */
export function snapToGraphemes(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, end, text.length));
  let e = Math.min(text.length, Math.max(start, end, 0));
  // Look only at the neighbourhood of each end: segmenting a 200k-word transcript per click is waste.
  let best = 0;
  for (const b of boundariesAround(text, s, s)) if (b <= s) best = b;
  s = best;
  for (const b of boundariesAround(text, e, e)) {
    if (b >= e) {
      e = b;
      break;
    }
  }
  return { start: s, end: Math.max(s, e) };
}
