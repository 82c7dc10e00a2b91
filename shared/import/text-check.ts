// What the import checks before a text is saved (issue 11): Persian broken by a PDF's visual
// order (detected on every route, repaired only when the user chooses) and a PDF's running
// headers and footers (removed only when the user ticks them). Both keep the page ranges right:
// the repair changes words inside lines, never the number of lines, and removal drops whole
// lines, so pages are carried over by line number.
import type { RepeatedLine } from '../pdf/repeated-lines';
import { detectBrokenPersian } from '../text/broken-persian';
import { repairBrokenPersian } from '../text/broken-persian-repair';
import type { BrokenPersianCheck, ImportedDocument, PageRange } from './types';

/** The check of one text: undefined when it reads as clean (or has too little Persian to say). */
export function checkBrokenPersian(text: string): BrokenPersianCheck | undefined {
  const verdict = detectBrokenPersian(text);
  if (!verdict.reversed) return undefined;
  const repair = repairBrokenPersian(text);
  return {
    score: verdict.score,
    repairedText: repair.text,
    changedLines: repair.changedLines,
    preview: repair.preview,
  };
}

/** Offsets where each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line an offset falls in (binary search over lineStarts). */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A page as the lines it spans: [first, last) line numbers. */
interface PageLines {
  readonly number: number;
  readonly first: number;
  readonly last: number;
}

function pagesToLines(text: string, pages: readonly PageRange[]): PageLines[] {
  const starts = lineStarts(text);
  return pages.map((p) => {
    const first = lineOf(starts, p.start);
    // An empty page spans no line; otherwise up to the line holding its last character.
    const last = p.end > p.start ? lineOf(starts, p.end - 1) + 1 : first;
    return { number: p.number, first, last };
  });
}

function linesToPages(
  text: string,
  pages: readonly PageLines[],
  kept: (line: number) => number,
): PageRange[] {
  const starts = lineStarts(text);
  const lineEnd = (l: number) => (starts[l + 1] ?? text.length + 1) - 1;
  return pages.map((p) => {
    const first = kept(p.first);
    const last = kept(p.last);
    const start = starts[first] ?? text.length;
    const end = last > first ? lineEnd(last - 1) : start;
    return {
      number: p.number,
      start: Math.min(start, text.length),
      end: Math.min(end, text.length),
    };
  });
}

/** The document with the repaired text chosen: the original kept, pages carried over by line. */
/** A parsed document may carry its search key (the worker's), which must follow its text. */
type WithKey = ImportedDocument & { readonly searchText?: string };

export function chooseRepaired<D extends WithKey>(doc: D): D {
  const check = doc.brokenPersian;
  if (!check || doc.repaired) return doc;
  const pages =
    doc.pages && lineStarts(doc.text).length === lineStarts(check.repairedText).length
      ? linesToPages(check.repairedText, pagesToLines(doc.text, doc.pages), (l) => l)
      : doc.pages;
  return {
    ...doc,
    text: check.repairedText,
    // The key of the text as read is no key of the repaired one: the worker's, or none.
    ...('searchText' in doc ? { searchText: check.repairedSearchText } : {}),
    pages,
    // Header and footer ranges were taken in the original; repair keeps whole lines, so they
    // are found again by line in removeRepeated (which reads the ranges' line numbers).
    repaired: true,
    originalText: doc.text,
  };
}

/**
 * The document without the chosen running headers/footers (whole lines, with their line
 * breaks); page ranges follow. `chosen` are entries of doc.repeatedLines.
 */
export function removeRepeated<D extends WithKey>(doc: D, chosen: readonly RepeatedLine[]): D {
  if (chosen.length === 0) return doc;
  // Ranges refer to the text as read; the repaired text has the same lines in the same places.
  const source = doc.originalText ?? doc.text;
  const sourceStarts = lineStarts(source);
  const drop = new Set<number>();
  for (const line of chosen) for (const r of line.ranges) drop.add(lineOf(sourceStarts, r.start));
  const lines = doc.text.split('\n');
  // keptBefore[l]: how many lines before l survive, i.e. line l's new number.
  const keptBefore: number[] = [];
  const out: string[] = [];
  lines.forEach((line, l) => {
    keptBefore.push(out.length);
    if (!drop.has(l)) out.push(line);
  });
  keptBefore.push(out.length);
  const text = out.join('\n');
  const pages = doc.pages
    ? linesToPages(text, pagesToLines(doc.text, doc.pages), (l) => keptBefore[l] ?? out.length)
    : undefined;
  const keep = new Set(chosen.map((c) => `${c.position}:${c.text}`));
  // The search key maps character for character ('\n' to '\n'): the same lines go from it.
  const key = doc.searchText;
  const searchText =
    key !== undefined && key.length === doc.text.length
      ? key
          .split('\n')
          .filter((_, l) => !drop.has(l))
          .join('\n')
      : undefined;
  return {
    ...doc,
    ...('searchText' in doc ? { searchText } : {}),
    text,
    pages,
    repeatedLines: doc.repeatedLines?.filter((r) => !keep.has(`${r.position}:${r.text}`)),
    paragraphs: out.filter((l) => l.trim() !== '').length,
  };
}
