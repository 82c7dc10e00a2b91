// Keys that decide whether two things are "the same" when another coder's work is merged in.
// Text keys use the search normalization (normalizeForSearch): it keeps the UTF-16 length, so a
// document matched by its normalized text takes the other coder's offsets unchanged.
import { normalizePersianName } from '../text/normalize-persian';
import { normalizeForSearch } from '../text/persian';

/** A name as the merge compares it: ي/ك → ی/ک, half-spaces and runs of spaces → one space, case folded. */
export function nameKey(name: string): string {
  return normalizeForSearch(normalizePersianName(name)).replace(/\s+/g, ' ').trim();
}

/** cyrb53: a fast 53-bit string hash (public domain); collisions are re-checked on the full text. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface TextKey {
  /** Hash and length of the normalized text: the lookup key. */
  readonly key: string;
  /** The normalized text itself, compared when two keys are equal. */
  readonly normalized: string;
}

/** The key of a document's text: the hash of the text as search normalizes it. */
export function textKey(text: string): TextKey {
  const normalized = normalizeForSearch(text);
  return { key: `${normalized.length}:${hash53(normalized).toString(36)}`, normalized };
}

/** Whether two texts are the same document text for the merge. */
export function sameText(a: TextKey, b: TextKey): boolean {
  return a.key === b.key && a.normalized === b.normalized;
}
