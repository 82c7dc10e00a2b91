// Best-effort repair of Persian in visual order: for each line whose word order reads backwards,
// the words are put back in order, sentence punctuation goes back to the word's end, suffixes and
// prefixes that the extraction cut off are re-joined with a half-space, and brackets mirrored.
// Never applied silently: the caller shows the preview and keeps the original beside it.
import { lineSigns } from './broken-persian';
import { DETACHED_PREFIXES, DETACHED_SUFFIXES, LETTER } from './broken-persian-tokens';
import { isKnownPersianWord, isListedPersianWord, lookupForm } from './persian-words';
import { ZWNJ } from './persian';
import { mirrorBrackets } from './bidi';

export interface RepairPreviewLine {
  /** 0-based line number. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export interface BrokenPersianRepair {
  readonly text: string;
  /** Lines changed. */
  readonly changedLines: number;
  /** The first changed lines, before and after. */
  readonly preview: readonly RepairPreviewLine[];
}

const PREVIEW_LINES = 5;
const LEADING_PUNCT = new RegExp(`^([.،؛:!؟]+)([${LETTER}].*)$`, 'u');
const GLUED = new RegExp(`^([${LETTER}\\u200c]+)([.،؛!؟])([${LETTER}\\u200c]+)$`, 'u');

function known(s: string): boolean {
  return s.length >= 2 && isKnownPersianWord(s);
}

/** One visual-order word back in logical order: "ترپیچیده" → "پیچیده‌تر", "موردبه" → "به‌مورد". */
function repairWord(word: string): string {
  const glued = GLUED.exec(word);
  // "گیرد.می": the prefix of the next word, then the punctuation that ended this one.
  if (glued && (DETACHED_PREFIXES as readonly string[]).includes(lookupForm(glued[3] ?? ''))) {
    return `${glued[3]}${ZWNJ}${glued[1]}${glued[2]}`;
  }
  const lead = LEADING_PUNCT.exec(word);
  if (lead) return `${repairWord(lead[2] ?? '')}${lead[1]}`;
  // Only a word of the list itself is kept whole: "دهدمی" passes as دهد + م + ی, but in a line
  // that reads backwards it is می‌دهد.
  if (isListedPersianWord(word)) return word;
  const form = lookupForm(word);
  // Of the possible cuts, the one that leaves the longest listed word, else the longest known one
  // ("هاییافته" is های + یافته, not هایی + افته).
  const cuts: { rest: string; joined: string }[] = [];
  for (const s of DETACHED_SUFFIXES) {
    if (form.startsWith(s))
      cuts.push({
        rest: form.slice(s.length),
        joined: `${word.slice(s.length)}${ZWNJ}${word.slice(0, s.length)}`,
      });
  }
  for (const p of DETACHED_PREFIXES) {
    const at = word.length - p.length;
    if (form.endsWith(p))
      cuts.push({
        rest: form.slice(0, -p.length),
        joined: `${word.slice(at)}${ZWNJ}${word.slice(0, at)}`,
      });
  }
  cuts.sort((a, b) => b.rest.length - a.rest.length);
  const best =
    cuts.find((c) => c.rest.length >= 2 && isListedPersianWord(c.rest)) ??
    cuts.find((c) => known(c.rest));
  if (best) return best.joined;
  return word;
}

const ALONE_SUFFIX = new Set<string>(['ها', 'های', 'هایی', 'تر', 'ترین', 'ی']);
const ALONE_PREFIX = new Set<string>(['می', 'نمی']);

/** Words in logical order; a suffix or prefix left standing alone is joined to its word. */
function joinAffixes(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const form = lookupForm(w);
    if (prev !== undefined && ALONE_SUFFIX.has(form) && /[\p{L}]$/u.test(prev)) {
      out[out.length - 1] = `${prev}${ZWNJ}${w}`;
    } else if (prev !== undefined && ALONE_PREFIX.has(lookupForm(prev))) {
      out[out.length - 1] = `${prev}${ZWNJ}${w}`;
    } else out.push(w);
  }
  return out;
}

/** One line back in logical order (the caller decided it reads backwards). */
export function repairLine(line: string): string {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const words = line.trim().split(/\s+/).filter(Boolean);
  const logical = words.reverse().map((w) => mirrorBrackets(repairWord(w)));
  return indent + joinAffixes(logical).join(' ');
}

/** Repairs the lines whose word order reads backwards; other lines are kept as they are. */
export function repairBrokenPersian(text: string): BrokenPersianRepair {
  const preview: RepairPreviewLine[] = [];
  let changed = 0;
  // A line without signs either way (a short one) follows the line before it in its paragraph.
  let backwards = false;
  const lines = text.split('\n').map((line, n) => {
    if (line.trim() === '') {
      backwards = false;
      return line;
    }
    const s = lineSigns(line);
    if (s.backward !== s.forward) backwards = s.backward > s.forward;
    if (!backwards || s.words === 0) return line;
    const after = repairLine(line);
    if (after === line) return line;
    changed++;
    if (preview.length < PREVIEW_LINES) preview.push({ line: n, before: line, after });
    return after;
  });
  return { text: lines.join('\n'), changedLines: changed, preview };
}
