// Memo marks sit beside the line where their coding starts (issue 13.5): the lines are measured
// from the DOM (memo-place.ts); this groups the measured marks by line, purely.

/** Marks that fit side by side on one line of the margin; more become one mark with a count. */
export const MAX_SIDE_BY_SIDE = 2;

export interface MarkLine<T> {
  /** The line's top, px from the margin's top (the first mark's; marks of a line agree ±tolerance). */
  readonly top: number;
  readonly marks: readonly T[];
}

/**
 * Marks grouped by the line they sit on, lines in vertical order, marks of a line in the order
 * given (text order). `topOf` is a mark's measured top; null (not measured yet) counts as `fallback`.
 */
export function groupByLine<T>(
  marks: readonly T[],
  topOf: (mark: T) => number | null,
  fallback = 0,
  tolerance = 2,
): MarkLine<T>[] {
  const tops = marks.map((m) => topOf(m) ?? fallback);
  const order = marks.map((_, i) => i).sort((a, b) => tops[a]! - tops[b]! || a - b);
  const lines: { top: number; marks: T[] }[] = [];
  for (const i of order) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(tops[i]! - last.top) <= tolerance) last.marks.push(marks[i]!);
    else lines.push({ top: tops[i]!, marks: [marks[i]!] });
  }
  return lines;
}

/** The first `count` words of `text`, with an ellipsis when some were left out. */
export function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
