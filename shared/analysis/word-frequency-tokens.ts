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

/** The class of an astral code point (outside the table). */
function astralClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return /\p{L}/u.test(ch) ? 2 : /[\p{M}\p{N}]/u.test(ch) ? 1 : 0;
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
  let s = -1; // start of the word being read, or -1
  let hasLetter = false;
  // One pass, no allocation per character (this loop runs over every unit of the project).
  while (i <= end) {
    let cls = 0;
    let len = 1;
    if (i < end) {
      const c = text.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff) cls = table[c] as number;
      else {
        const cp = text.codePointAt(i) as number;
        if (cp > 0xffff && i + 1 < end) {
          cls = astralClass(cp);
          len = 2;
        }
      }
    }
    if (cls !== 0) {
      if (s < 0) {
        s = i;
        hasLetter = false;
      }
      if (cls === 2) hasLetter = true;
    } else if (s >= 0) {
      let a = s;
      let b = i;
      while (a < b && isJoiner(text.charCodeAt(a))) a++;
      while (b > a && isJoiner(text.charCodeAt(b - 1))) b--;
      if (hasLetter && b > a) word(a, b);
      s = -1;
    }
    i += len;
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
