// Running headers and footers: the same line at the top (or bottom) of most pages, page numbers
// aside. They are found and offered for removal, never removed silently: a line that repeats
// on every page is sometimes part of the data.

/** Share of pages a line must top (or end) to count as a running header (footer). */
export const REPEATED_LINE_SHARE = 0.6;
/** Fewer pages than this say nothing about repetition. */
export const MIN_PAGES_FOR_REPEATS = 3;

export interface RepeatedLine {
  /** The line as on the first page where it appears. */
  readonly text: string;
  readonly position: 'top' | 'bottom';
  /** Where it is in the extracted text, one range per page it appears on. */
  readonly ranges: readonly {
    readonly page: number;
    readonly start: number;
    readonly end: number;
  }[];
}

/** The key two lines share when they differ only in their numbers ("Page 3", "صفحهٔ ۴"). */
export function lineKey(line: string): string {
  return line
    .replace(/[0-9\u0660-\u0669\u06f0-\u06f9]+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PageEdges {
  readonly page: number;
  /** The page's first and last lines (up to two each), as they stand in the text. */
  readonly top: readonly { text: string; start: number }[];
  readonly bottom: readonly { text: string; start: number }[];
}

/** Lines that top or end at least REPEATED_LINE_SHARE of the pages. */
export function findRepeatedLines(pages: readonly PageEdges[]): RepeatedLine[] {
  if (pages.length < MIN_PAGES_FOR_REPEATS) return [];
  const out: RepeatedLine[] = [];
  for (const position of ['top', 'bottom'] as const) {
    const byKey = new Map<string, { text: string; ranges: RepeatedLine['ranges'][number][] }>();
    for (const p of pages) {
      const seen = new Set<string>();
      for (const line of p[position]) {
        const key = lineKey(line.text);
        // A line of digits alone is a page number: worth offering too. An empty key is not.
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const entry = byKey.get(key) ?? { text: line.text, ranges: [] };
        entry.ranges.push({ page: p.page, start: line.start, end: line.start + line.text.length });
        byKey.set(key, entry);
      }
    }
    for (const entry of byKey.values()) {
      if (entry.ranges.length >= Math.max(2, pages.length * REPEATED_LINE_SHARE))
        out.push({ text: entry.text, position, ranges: entry.ranges });
    }
  }
  return out;
}

/** The text without the chosen repeated lines (and the line break after each). */
export function removeRepeatedLines(text: string, lines: readonly RepeatedLine[]): string {
  const ranges = lines.flatMap((l) => l.ranges).sort((a, b) => b.start - a.start);
  let out = text;
  for (const r of ranges) {
    const end = out[r.end] === '\n' ? r.end + 1 : r.end;
    out = out.slice(0, r.start) + out.slice(end);
  }
  return out;
}
