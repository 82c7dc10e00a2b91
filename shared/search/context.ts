// Keyword-in-context: the original text around a hit, cut so that it never splits a surrogate
// pair and, when a space is near, never starts or ends in the middle of a word.
import { type IndexedText, originalSlice } from './indexed-text';

export interface HitContext {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** How far into the window a cut may move to land on a space. */
const WORD_SLACK = 12;

export function hitContext(doc: IndexedText, start: number, end: number, chars = 60): HitContext {
  const len = doc.key.length;
  let from = Math.max(0, start - chars);
  // A window that starts on the low half of a pair starts one unit later.
  if (from > 0 && isLow(doc.key.charCodeAt(from)) && isHigh(doc.key.charCodeAt(from - 1))) from++;
  let to = Math.min(len, end + chars);
  if (to < len && isLow(doc.key.charCodeAt(to)) && isHigh(doc.key.charCodeAt(to - 1))) to--;
  let before = originalSlice(doc, from, start);
  let after = originalSlice(doc, end, to);
  if (from > 0) {
    const cut = before.slice(0, WORD_SLACK).search(/\s/u);
    if (cut >= 0) before = before.slice(cut + 1);
  }
  if (to < len) {
    const tail = after.slice(-WORD_SLACK);
    const cut = tail.search(/\s\S*$/u);
    if (cut >= 0) after = after.slice(0, after.length - tail.length + cut);
  }
  return { before, match: originalSlice(doc, start, end), after };
}
