// Words as the text search sees them (shared/search/match.ts), so that a word counted here is the
// word a search for it finds. A word is a run of letters, marks and digits in which a half-space
// (ZWNJ), ZWJ or kashida joins the parts of one Persian word — the search's whole-word test
// treats them as part of the word too. Its key is the search key (normalizeForSearch: ي/ك → ی/ک,
// digits Latin, lower case) with the joiners and the short-vowel marks taken out, because the
// search lets both appear or not between two letters: «می‌خواهم», «میخواهم» and «مي‌خواهم» are one
// word, «می خواهم» (a real space) is two.
import { normalizeForSearch } from '../text/persian';

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const KASHIDA = 0x0640;

/** 0: not part of a word; 1: part of a word (mark, digit, joiner); 2: a letter. */
let classes: Uint8Array | null = null;

function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const part = /[\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: classified by their code point
    const ch = String.fromCharCode(c);
    table[c] = letter.test(ch) ? 2 : part.test(ch) ? 1 : 0;
  }
  table[ZWNJ] = 1;
  table[ZWJ] = 1;
  table[KASHIDA] = 1;
  classes = table;
  return table;
}

const isJoiner = (c: number): boolean => c === ZWNJ || c === ZWJ || c === KASHIDA;

/** The class of the code point at `i` and its length in UTF-16 units. */
function classAt(text: string, i: number, table: Uint8Array): [number, number] {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return [table[c] ?? 0, 1];
  const cp = text.codePointAt(i) as number;
  if (cp <= 0xffff) return [0, 1]; // a lone high surrogate
  const ch = String.fromCodePoint(cp);
  return [/\p{L}/u.test(ch) ? 2 : /[\p{M}\p{N}]/u.test(ch) ? 1 : 0, 2];
}

/**
 * Calls `word(start, end)` for every word of `text` within [from, to) (UTF-16 offsets). A word
 * holds at least one letter (a bare number is not a word); joiners at its edges are left out.
 */
export function forEachWord(
  text: string,
  from: number,
  to: number,
  word: (start: number, end: number) => void,
): void {
  const table = classTable();
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    let [cls, len] = classAt(text, i, table);
    if (cls === 0) {
      i += len;
      continue;
    }
    let s = i;
    let hasLetter = false;
    while (i < end && cls !== 0) {
      if (cls === 2) hasLetter = true;
      i += len;
      if (i < end) [cls, len] = classAt(text, i, table);
    }
    let e = Math.min(i, end);
    while (s < e && isJoiner(text.charCodeAt(s))) s++;
    while (e > s && isJoiner(text.charCodeAt(e - 1))) e--;
    if (hasLetter && e > s) word(s, e);
  }
}

// In the search key a ZWNJ or kashida is a space; ZWJ stays; short vowels, tanwin, shadda,
// sukun, hamza above/below and superscript alef are the marks the search skips between letters.
const isDropped = (c: number): boolean =>
  c === 0x20 || c === ZWJ || (c >= 0x064b && c <= 0x065f) || c === 0x0670;

/** The key of a word from the slice of the search key that covers it. */
export function keyFromSearchKey(keySlice: string): string {
  let i = 0;
  while (i < keySlice.length && !isDropped(keySlice.charCodeAt(i))) i++;
  if (i === keySlice.length) return keySlice; // the common case: nothing to take out
  let out = keySlice.slice(0, i);
  for (; i < keySlice.length; i++) {
    const c = keySlice.charCodeAt(i);
    if (!isDropped(c)) out += keySlice[i];
  }
  return out;
}

/** The key of a word typed anywhere (a stop list entry, a word the user adds). */
export function wordKey(word: string): string {
  return keyFromSearchKey(normalizeForSearch(word.trim()));
}
