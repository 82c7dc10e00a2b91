// The matcher: a query becomes regular expressions over the search key, so that Persian typing
// habits do not hide a passage. Between two Arabic-script letters of a word the text may hold a
// half-space (ZWNJ) or kashida (both are spaces in the key) or a short vowel mark; where the query
// has a space between two Arabic-script letters the text may have a space, a half-space or
// nothing ("می خواهم", "می‌خواهم", "میخواهم" all meet). A real space never matches inside a
// query word: "کریدور" does not match "کری دور".
import { normalizeForSearch } from '../text/persian';
import { type IndexedText, originalCharCode, originalSlice } from './indexed-text';

export type SearchMode = 'phrase' | 'all-words';

/** One thing to find: a phrase (phrase mode) or a single word (all-words mode). */
export interface Term {
  readonly regex: RegExp;
  /** The term's code points in the key, and whether the query had a space before each. */
  readonly units: readonly string[];
  readonly gapBefore: readonly boolean[];
}

const ARABIC_SCRIPT = /^\p{Script=Arabic}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const MARK = /^\p{M}$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;
// Short vowels, tanwin, shadda, sukun, superscript alef: often written in one copy, not another.
const HARAKAT = '\\u064b-\\u065f\\u0670';
const JOINT = `[ ${HARAKAT}]*`;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const KASHIDA = 0x0640;

const isArabicLetter = (cp: string) => ARABIC_SCRIPT.test(cp) && LETTER_OR_MARK.test(cp);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function compileTerm(tokens: readonly string[]): Term {
  const units: string[] = [];
  const gapBefore: boolean[] = [];
  let source = '';
  let prev = '';
  tokens.forEach((token, ti) => {
    Array.from(token).forEach((cp, j) => {
      const gap = ti > 0 && j === 0;
      if (gap) source += isArabicLetter(prev) && isArabicLetter(cp) ? '\\s*' : '\\s+';
      else if (prev && isArabicLetter(prev) && isArabicLetter(cp)) source += JOINT;
      source += escape(cp);
      units.push(cp);
      gapBefore.push(gap);
      prev = cp;
    });
  });
  // The 'u' flag only when needed: V8 scans a long two-byte string faster without it.
  const astral = units.some((u) => u.length > 1);
  return { regex: new RegExp(source, astral ? 'gu' : 'g'), units, gapBefore };
}

/** The terms of a query (empty when the query has nothing to find). */
export function compileQuery(query: string, mode: SearchMode): Term[] {
  const tokens = normalizeForSearch(query).split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return [];
  if (mode === 'phrase') return [compileTerm(tokens)];
  return [...new Set(tokens)].map((t) => compileTerm([t]));
}

function isJoiner(code: number): boolean {
  return code === ZWNJ || code === ZWJ || code === KASHIDA;
}

/**
 * True when the spaces inside a match sit where the query allows them: a run of whitespace that
 * holds a real space (not a half-space or kashida) must fall on a space of the query.
 */
function spacesAllowed(doc: IndexedText, term: Term, s: number, e: number): boolean {
  let q = 0;
  for (let p = s; p < e;) {
    const cp = String.fromCodePoint(doc.key.codePointAt(p) as number);
    if (SPACE.test(cp)) {
      let real = false;
      let r = p;
      while (r < e && SPACE.test(doc.key[r] as string)) {
        if (!isJoiner(originalCharCode(doc, r))) real = true;
        r++;
      }
      if (real && !term.gapBefore[q]) return false;
      p = r;
      continue;
    }
    // A vowel mark the query does not have was skipped by the pattern.
    if (!(MARK.test(cp) && term.units[q] !== cp)) q++;
    p += cp.length;
  }
  return true;
}

/** Whether the original code point ending at `p` (or starting at `p`) belongs to a word. */
function isWordAt(doc: IndexedText, p: number, side: 'before' | 'after'): boolean {
  const around = side === 'before' ? originalSlice(doc, p - 2, p) : originalSlice(doc, p, p + 2);
  const cps = Array.from(around);
  const cp = side === 'before' ? cps[cps.length - 1] : cps[0];
  if (cp === undefined) return false;
  return isJoiner(cp.charCodeAt(0)) || WORD_CHAR.test(cp);
}

/**
 * Every match of `term` in `doc` as [start, end) UTF-16 offsets into the original text. A match
 * is widened over the combining marks that follow it, so a coding never splits a letter from
 * its mark. With `wholeWord`, a match must not touch a letter, digit or mark on either side; a
 * half-space joins the parts of one Persian word, so «خواهم» is not a whole word in «می‌خواهم».
 */
export function* matchTerm(
  doc: IndexedText,
  term: Term,
  wholeWord: boolean,
): Generator<readonly [number, number]> {
  const re = new RegExp(term.regex.source, term.regex.flags);
  const key = doc.key;
  for (let m = re.exec(key); m; m = re.exec(key)) {
    const s = m.index;
    let e = s + m[0].length;
    if (e === s) {
      re.lastIndex = s + 1;
      continue;
    }
    while (e < key.length && MARK.test(key[e] as string)) e++;
    if (!spacesAllowed(doc, term, s, e)) {
      re.lastIndex = s + 1;
      continue;
    }
    if (wholeWord && (isWordAt(doc, s, 'before') || isWordAt(doc, e, 'after'))) {
      re.lastIndex = s + 1;
      continue;
    }
    re.lastIndex = e;
    yield [s, e] as const;
  }
}
