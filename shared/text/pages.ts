// Page numbers of a document imported from a PDF (issue 11, item 1): the import keeps where each
// page starts, as "N:offset" pairs in the document's "Import record" memo (renderer's
// use-import-documents: 'textcheck.memoPages', whose numbers are written in Latin digits in
// every language). Pure: the transcript (pageAt at a paragraph's offset) and retrieval (the page
// of each passage) read the same starts.
import type { DocumentId, Memo } from '../model';

/** Where page `number` starts (UTF-16 offset into the stored text). */
export interface PageStart {
  readonly number: number;
  readonly start: number;
}

/**
 * The page holding `offset`: the last page starting at or before it (binary search; starts
 * ascending). Undefined when the document has no pages or the offset is before the first page.
 */
export function pageAt(pageStarts: readonly PageStart[], offset: number): number | undefined {
  let lo = 0;
  let hi = pageStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pageStarts[mid] as PageStart).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : (pageStarts[lo - 1] as PageStart).number;
}

/**
 * The page starts written in an import record: the first line holding "N:offset" pairs (the
 * first page starting at 0, page numbers rising, offsets never falling). [] when there are none
 * or they do not read as pages (a memo a researcher wrote with a time "10:30" in it, say).
 */
export function parsePageStarts(memoText: string): PageStart[] {
  for (const line of memoText.split('\n')) {
    const pairs = [...line.matchAll(/(?:^|\s)(\d{1,6}):(\d{1,12})(?=\s|$)/g)].map((m) => ({
      number: Number(m[1]),
      start: Number(m[2]),
    }));
    if (pairs.length === 0) continue;
    const rising = pairs.every(
      (p, i) =>
        i === 0 ||
        (p.number > (pairs[i - 1] as PageStart).number &&
          p.start >= (pairs[i - 1] as PageStart).start),
    );
    return rising && pairs[0]?.start === 0 ? pairs : [];
  }
  return [];
}

/** Page starts per document, from the memos attached to documents (the first that has any). */
export function documentPageStarts(memos: readonly Memo[]): Map<DocumentId, PageStart[]> {
  const out = new Map<DocumentId, PageStart[]>();
  for (const m of memos) {
    if (m.target.kind !== 'document' || out.has(m.target.id as DocumentId)) continue;
    const starts = parsePageStarts(m.text);
    if (starts.length > 0) out.set(m.target.id as DocumentId, starts);
  }
  return out;
}

/**
 * The memo text with its page starts moved through an offset map (the document's text was
 * normalized: offsets after a removed character move back). Other text is left as it is.
 */
export function remapPageStarts(memoText: string, map: (offset: number) => number): string {
  const lines = memoText.split('\n');
  const at = lines.findIndex((l) => parsePageStarts(l).length > 0);
  if (at < 0) return memoText;
  lines[at] = (lines[at] as string).replace(
    /(^|\s)(\d{1,6}):(\d{1,12})(?=\s|$)/g,
    (_m, space: string, page: string, start: string) => `${space}${page}:${map(Number(start))}`,
  );
  return lines.join('\n');
}

/**
 * The pages that begin in a paragraph's stretch of text, in order, so the transcript's margin can
 * mark them. The stretch runs from the end of the paragraph before (`from`: its line break, or 0
 * for the first) to this paragraph's end, so a page beginning on a line break is shown with the
 * paragraph after it, and every page with exactly one paragraph.
 */
export function pagesBeginningIn(
  pageStarts: readonly PageStart[],
  from: number,
  end: number,
): number[] {
  return pageStarts.filter((p) => p.start >= from && p.start < end).map((p) => p.number);
}
