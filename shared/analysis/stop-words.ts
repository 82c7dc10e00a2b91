// The stop lists shipped with the app and the researcher's edits to them (docs/words.md says why
// these lists): Persian from stopwords-iso (the `fa` list, ~800 entries: pronouns, copulas,
// prepositions, light verbs), English from the `stopword` package (its short `eng` list, which
// keeps content words such as "research" or "work" that stopwords-iso's 1,298 drop).
import { eng } from 'stopword';
import { fa } from 'stopwords-iso';
import { wordKey } from './word-frequency-tokens';

export type StopListLanguage = 'fa' | 'en';

/** The researcher's changes to the shipped lists, kept per project (as word keys). */
export interface StopListEdits {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export const NO_EDITS: StopListEdits = { added: [], removed: [] };

/**
 * The keys of a list's entries. An entry with a space is split (stopwords-iso has two entries
 * run together, "تر  براساس", and «می شود» written with a space, which the text has as two words);
 * entries with no letter (punctuation, digits) cannot match a word and are left out.
 */
export function stopKeys(entries: readonly string[]): string[] {
  const out = new Set<string>();
  for (const entry of entries) {
    for (const part of entry.split(/\s+/u)) {
      if (!/\p{L}/u.test(part)) continue;
      const key = wordKey(part);
      if (key) out.add(key);
    }
  }
  return [...out].sort();
}

let shipped: Readonly<Record<StopListLanguage, readonly string[]>> | null = null;

/** The shipped lists as word keys, sorted. */
export function shippedStopWords(): Readonly<Record<StopListLanguage, readonly string[]>> {
  shipped ??= { fa: stopKeys(fa), en: stopKeys(eng) };
  return shipped;
}

/** The stop set in force: both shipped lists, plus the words added, less the words removed. */
export function stopSet(edits: StopListEdits = NO_EDITS): ReadonlySet<string> {
  const { fa: faKeys, en: enKeys } = shippedStopWords();
  const set = new Set<string>([...faKeys, ...enKeys, ...edits.added.map(wordKey)]);
  for (const w of edits.removed) set.delete(wordKey(w));
  set.delete('');
  return set;
}

/** Adds a word to the stop list (taking it off the removed list if it was there). */
export function addStopWord(edits: StopListEdits, word: string): StopListEdits {
  const key = wordKey(word);
  if (!key) return edits;
  const removed = edits.removed.filter((w) => w !== key);
  const inShipped = isShippedStopWord(key);
  const added = inShipped || edits.added.includes(key) ? edits.added : [...edits.added, key];
  return { added: [...added].sort(), removed };
}

/** Takes a word off the stop list (shipped words are remembered as removed). */
export function removeStopWord(edits: StopListEdits, word: string): StopListEdits {
  const key = wordKey(word);
  if (!key) return edits;
  const added = edits.added.filter((w) => w !== key);
  const removed =
    isShippedStopWord(key) && !edits.removed.includes(key)
      ? [...edits.removed, key].sort()
      : edits.removed;
  return { added, removed };
}

function isShippedStopWord(key: string): boolean {
  const { fa: faKeys, en: enKeys } = shippedStopWords();
  return faKeys.includes(key) || enKeys.includes(key);
}

/** Reads stored edits; anything malformed counts as no edits (a hand-edited or older value). */
export function parseStopListEdits(stored: unknown): StopListEdits {
  if (typeof stored !== 'string') return NO_EDITS;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return NO_EDITS;
    const list = (x: unknown): string[] =>
      Array.isArray(x) ? x.filter((w): w is string => typeof w === 'string' && w !== '') : [];
    const v = value as { added?: unknown; removed?: unknown };
    return { added: list(v.added), removed: list(v.removed) };
  } catch {
    return NO_EDITS;
  }
}

export function serializeStopListEdits(edits: StopListEdits): string {
  return JSON.stringify({ added: edits.added, removed: edits.removed });
}
