// Tokens and the per-token signs of Persian copied out of a PDF in visual order. Such text keeps
// each glyph run but loses their order: suffixes joined by a half-space land before their word
// ("ترپیچیده" for "پیچیده‌تر"), verb prefixes after it ("گیرد.می"), a word's final ی on the
// next word ("یخارج"), sentence punctuation at the start of a word (".است"), word pairs swapped
// ("است شده" for "شده است"). Each sign alone can occur in clean text; their rate cannot.
import { isKnownPersianWord, lookupForm } from './persian-words';

/** Arabic-script letters (no digits, harakat or punctuation). */
export const LETTER = '\\u0621-\\u063a\\u0641-\\u064a\\u0671-\\u06d3\\u06fa-\\u06ff';
const LETTER_RE = new RegExp(`[${LETTER}]`);
export const CORE_RE = new RegExp(`(?:[${LETTER}\\u200c]|[\\u064b-\\u065f]|\\u0670)+`, 'g');
const PUNCT = '.،؛:!؟';

export type EvidenceKind =
  | 'punctuation-first'
  | 'punctuation-glued'
  | 'suffix-first'
  | 'prefix-last'
  | 'letter-shifted'
  | 'reversed-pair';

/** Suffixes that a half-space joins to the word before; in visual order they come first. */
export const DETACHED_SUFFIXES = ['هایی', 'های', 'ها', 'ترین', 'تر'] as const;
/** Prefixes joined to the word after; in visual order they come last. */
export const DETACHED_PREFIXES = ['نمی', 'می', 'به'] as const;

/**
 * Word pairs that are very common in one order and practically never in the other (a verb's
 * auxiliary, fixed phrases). Pairs whose reverse is ordinary Persian ("در این" / "این در") are
 * left out. Written in lookup form (no half-space, Persian ی/ک).
 */
const ORDERED_PAIRS: readonly (readonly [string, string])[] = [
  ['است', 'که'],
  ['به', 'عنوان'],
  ['با', 'توجه'],
  ['بر', 'اساس'],
  ['جمهوری', 'اسلامی'],
  ['سیاست', 'خارجی'],
  ['روابط', 'خارجی'],
  ['بین', 'المللی'],
  ['در', 'حالی'],
  ['حالی', 'که'],
  ['مورد', 'توجه'],
  ['قرار', 'گرفته'],
  ['قرار', 'می'],
  ['صورت', 'گرفته'],
  ['وجود', 'دارد'],
  ['شده', 'است'],
  ['کرده', 'است'],
  ['بوده', 'است'],
  ['داده', 'است'],
  ['گرفته', 'است'],
  ['می', 'شود'],
  ['می', 'کند'],
  ['می', 'دهد'],
  ['می', 'باشد'],
  ['می', 'گیرد'],
  ['می', 'توان'],
  ['خواهد', 'بود'],
  ['خواهد', 'شد'],
  ['از', 'جمله'],
  ['از', 'سوی'],
  ['پژوهش', 'حاضر'],
];
const FORWARD = new Set(ORDERED_PAIRS.map(([a, b]) => `${a} ${b}`));
const BACKWARD = new Set(ORDERED_PAIRS.map(([a, b]) => `${b} ${a}`));

/** True when the line has at least one Arabic-script letter. */
export function hasPersianLetter(line: string): boolean {
  return LETTER_RE.test(line);
}

/** The Persian word cores of a line (letters, half-spaces and harakat), in order. */
export function persianCores(line: string): string[] {
  return line.match(CORE_RE) ?? [];
}

/** The sign a single word core shows, if any (the core as a whole is not a known word). */
export function coreSign(core: string): EvidenceKind | null {
  if (core.length < 3 || isKnownPersianWord(core)) return null;
  const form = lookupForm(core);
  for (const s of DETACHED_SUFFIXES) {
    if (
      form.startsWith(s) &&
      form.length - s.length >= 2 &&
      isKnownPersianWord(form.slice(s.length))
    )
      return 'suffix-first';
  }
  for (const p of DETACHED_PREFIXES) {
    if (
      form.endsWith(p) &&
      form.length - p.length >= 2 &&
      isKnownPersianWord(form.slice(0, -p.length))
    )
      return 'prefix-last';
  }
  if (form.startsWith('ی') && isKnownPersianWord(form.slice(1))) return 'letter-shifted';
  return null;
}

/** Punctuation at the start of a word ("… .است") or between two letters ("گیرد.می"). */
export function punctuationSigns(line: string): { first: number; glued: number } {
  const first = new RegExp(`(?:^|\\s)[${PUNCT}][${LETTER}]`, 'g');
  const glued = new RegExp(`[${LETTER}][${PUNCT}][${LETTER}]`, 'g');
  return { first: (line.match(first) ?? []).length, glued: (line.match(glued) ?? []).length };
}

/** Ordered pairs of the line read forwards and backwards (half-space parts as separate words). */
export function pairCounts(cores: readonly string[]): { forward: number; backward: number } {
  const words = cores
    .flatMap((c) => lookupForm(c.replace(/\u200c/g, ' ')).split(' '))
    .filter(Boolean);
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`;
    if (FORWARD.has(pair)) forward++;
    else if (BACKWARD.has(pair)) backward++;
  }
  return { forward, backward };
}
