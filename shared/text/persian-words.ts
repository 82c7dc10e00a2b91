// Is this a Persian word? The broken-Persian detector asks it of every token. The list
// (persian-words-data.ts, from @cspell/dict-fa-ir) holds stems without half-spaces, so a token is
// looked up with its half-spaces dropped, Arabic ي/ك made Persian, and the usual prefixes
// (می، نمی، ب، ن) and suffixes (ها، های، ی، تر، ترین، personal endings) peeled off.
import { PERSIAN_WORDS_DATA } from './persian-words-data';

let words: ReadonlySet<string> | null = null;

/** The list as a set, built on first use (~28k words; the worker pays for it, not start-up). */
function wordSet(): ReadonlySet<string> {
  words ??= new Set(PERSIAN_WORDS_DATA.split(' '));
  return words;
}

const PREFIXES = ['نمی', 'می', 'ب', 'ن'] as const;
const SUFFIXES = [
  'هایتان',
  'هایشان',
  'هایمان',
  'هایش',
  'هایم',
  'هایی',
  'های',
  'ترین',
  'ها',
  'تر',
  'ان',
  'ات',
  'اش',
  'ام',
  'ای',
  'یی',
  'یم',
  'ید',
  'ند',
  'مان',
  'تان',
  'شان',
  'ی',
  'ش',
  'م',
  'ت',
  'د',
] as const;

/** The form a token is looked up in: no half-space, tatweel or harakat; ی and ک. */
export function lookupForm(token: string): string {
  return token
    .replace(/\u200c|\u0640|[\u064b-\u065f]|\u0670/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ۀ/g, 'ه')
    .replace(/[أإ]/g, 'ا');
}

/** The fewest affixes (0 to `depth`) to peel off before a listed word remains, or -1. */
function peels(form: string, depth: number): number {
  if (wordSet().has(form)) return 0;
  if (depth === 0) return -1;
  let best = -1;
  const consider = (rest: string): void => {
    if (rest.length < 2) return;
    const n = peels(rest, depth - 1);
    if (n >= 0 && (best < 0 || n + 1 < best)) best = n + 1;
  };
  for (const p of PREFIXES) if (form.startsWith(p)) consider(form.slice(p.length));
  for (const s of SUFFIXES) if (form.endsWith(s)) consider(form.slice(0, -s.length));
  return best;
}

function knownForm(form: string, depth: number): boolean {
  return peels(form, depth) >= 0;
}

/**
 * How many affixes must be peeled off the token before a listed word remains (0 when it is
 * listed itself), or -1 when even two do not give one. Fewer peels is the likelier reading.
 */
export function persianWordPeels(token: string): number {
  return peels(lookupForm(token), 2);
}

/** True when the token is a Persian word of the list, or one with up to two affixes peeled off. */
export function isKnownPersianWord(token: string): boolean {
  const form = lookupForm(token);
  return form.length >= 1 && knownForm(form, 2);
}

/** Number of words in the shipped list (for docs and tests). */
export function persianWordCount(): number {
  return wordSet().size;
}

/** True when the token, in lookup form, is in the list itself (no affix peeled off). */
export function isListedPersianWord(token: string): boolean {
  return wordSet().has(lookupForm(token));
}
