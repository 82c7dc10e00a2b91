// PDF → text for import (issue 11). pdf.js does the parsing; this module turns its positioned
// text into lines and paragraphs in reading order, page by page, and refuses what it cannot
// read. pdf.js itself is passed in (`engine`), so shared/ stays free of a build choice: Node
// tests pass the legacy build, the renderer's Web Worker the browser build with its worker source.
import { refuse } from '../errors';
import { MAX_FILE_BYTES, MAX_TEXT_UNITS } from '../import/input-limits';
import { ok, type Result } from '../model/snapshot';
import { detectBrokenPersian } from '../text/broken-persian';
import { looksRightToLeft } from '../text/persian';
import type { PdfEngine, PdfTextItem } from './pdf-engine';
import { joinLines, pageLines, type PageLine, type TextPiece } from './pdf-lines';
import { repairLamAlef } from './presentation-forms';
import { findRepeatedLines, lineKey, type PageEdges, type RepeatedLine } from './repeated-lines';

/** Pages read from one PDF (a 300-page book is the expected large case). */
export const MAX_PDF_PAGES = 5_000;
/** A PDF whose text has fewer letters per page than this is taken for a scan. */
const MIN_LETTERS_PER_PAGE = 5;

export interface PdfPage {
  /** 1-based page number. */
  readonly number: number;
  /** The page's text is text.slice(start, end). */
  readonly start: number;
  readonly end: number;
}

export type PdfWarning =
  | { readonly kind: 'pages-without-text'; readonly pages: readonly number[] }
  | { readonly kind: 'reversed-persian'; readonly score: number }
  | { readonly kind: 'repeated-lines'; readonly count: number };

export interface PdfText {
  readonly text: string;
  readonly pages: readonly PdfPage[];
  readonly direction: 'rtl' | 'ltr';
  /** Running headers and footers found: offered for removal (removeRepeatedLines), kept here. */
  readonly repeatedLines: readonly RepeatedLine[];
  readonly warnings: readonly PdfWarning[];
}

export interface PdfTextOptions {
  readonly engine: PdfEngine;
  /** Called after each page is read: the import's progress bar. */
  readonly onProgress?: (pagesRead: number, pageCount: number) => void;
  readonly limits?: {
    readonly maxPages?: number;
    readonly maxTextUnits?: number;
    readonly maxBytes?: number;
  };
}

function pieces(items: readonly PdfTextItem[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue;
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = it.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || it.height || 1;
    out.push({ str: it.str, x, y, width: it.width ?? 0, size });
  }
  return out;
}

/** Repeated lines by key: top and bottom lines (two each) shared by ≥ 60 % of pages. */
function repeatedKeys(pages: readonly PageLine[][]): Set<string> {
  const edges: PageEdges[] = pages.map((lines, i) => ({
    page: i + 1,
    top: lines.slice(0, 2).map((l) => ({ text: l.text, start: 0 })),
    bottom: lines.slice(-2).map((l) => ({ text: l.text, start: 0 })),
  }));
  return new Set(findRepeatedLines(edges).map((r) => lineKey(r.text)));
}

/** A page's text: repeated lines stand alone (so they can be removed), the rest in paragraphs. */
function pageText(
  lines: readonly PageLine[],
  repeated: ReadonlySet<string>,
): { text: string; alone: { text: string; at: number; index: number }[] } {
  const parts: string[] = [];
  const alone: { text: string; at: number; index: number }[] = [];
  let segment: PageLine[] = [];
  const flush = (): void => {
    parts.push(...joinLines(segment));
    segment = [];
  };
  lines.forEach((line, index) => {
    const edge = index < 2 || index >= lines.length - 2;
    if (edge && repeated.has(lineKey(line.text))) {
      flush();
      alone.push({ text: line.text, at: parts.length, index });
      parts.push(line.text);
    } else segment.push(line);
  });
  flush();
  // `at` becomes a character offset within the page text.
  let offset = 0;
  const starts = parts.map((p) => {
    const s = offset;
    offset += p.length + 1;
    return s;
  });
  return { text: parts.join('\n'), alone: alone.map((a) => ({ ...a, at: starts[a.at] ?? 0 })) };
}

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

/** Reads the text of a PDF; refuses scans, encrypted files and what exceeds the limits. */
export async function extractPdfText(
  bytes: Uint8Array,
  options: PdfTextOptions,
): Promise<Result<PdfText>> {
  const maxBytes = options.limits?.maxBytes ?? MAX_FILE_BYTES;
  const maxPages = options.limits?.maxPages ?? MAX_PDF_PAGES;
  const maxUnits = options.limits?.maxTextUnits ?? MAX_TEXT_UNITS;
  if (bytes.byteLength > maxBytes)
    return refuse('pdf.tooLarge', { sizeBytes: bytes.byteLength, limitBytes: maxBytes });

  let doc;
  try {
    // pdf.js takes the buffer over (it may transfer it to its worker): give it a copy, and a
    // plain Uint8Array (it refuses a Node Buffer, whose slice() is a Buffer again).
    doc = await options.engine.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      stopAtErrors: false,
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return refuse('pdf.encrypted');
    return refuse('pdf.unreadable', { detail: e instanceof Error ? e.message : String(e) });
  }
  try {
    if (doc.numPages > maxPages)
      return refuse('pdf.tooManyPages', { pages: doc.numPages, limit: maxPages });
    const pages: PageLine[][] = [];
    let units = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = pageLines(pieces(content.items));
      page.cleanup?.();
      units += lines.reduce((sum, l) => sum + l.text.length + 1, 0);
      if (units > maxUnits) return refuse('pdf.tooLong', { limit: maxUnits });
      pages.push(lines);
      options.onProgress?.(n, doc.numPages);
    }
    return assemble(pages);
  } finally {
    void doc.destroy?.();
  }
}

/** Pages of lines → the text, its page ranges, repeated lines and warnings. */
export function assemble(pages: readonly PageLine[][]): Result<PdfText> {
  const allText = pages
    .flat()
    .map((l) => l.text)
    .join(' ');
  if (
    letters(allText) < (MIN_LETTERS_PER_PAGE * Math.max(1, pages.length)) / 2 ||
    letters(allText) === 0
  )
    return refuse('pdf.noTextLayer');
  const repeated = repeatedKeys(pages);
  const ranges: PdfPage[] = [];
  const edges: PageEdges[] = [];
  const empty: number[] = [];
  let text = '';
  pages.forEach((lines, i) => {
    if (i > 0) text += '\n';
    const page = pageText(lines, repeated);
    const start = text.length;
    // Lam-alef repair needs the whole page's words to see whether the office-suite bug is there.
    // (The swap keeps the length, so the offsets of the page's repeated lines stay right.)
    text += repairLamAlef(page.text);
    ranges.push({ number: i + 1, start, end: text.length });
    if (letters(page.text) === 0) empty.push(i + 1);
    edges.push({
      page: i + 1,
      top: page.alone
        .filter((a) => a.index < 2)
        .map((a) => ({ text: a.text, start: start + a.at })),
      bottom: page.alone
        .filter((a) => a.index >= lines.length - 2)
        .map((a) => ({ text: a.text, start: start + a.at })),
    });
  });
  const repeatedLines = findRepeatedLines(edges);
  const warnings: PdfWarning[] = [];
  if (empty.length > 0) warnings.push({ kind: 'pages-without-text', pages: empty });
  if (repeatedLines.length > 0)
    warnings.push({ kind: 'repeated-lines', count: repeatedLines.length });
  const broken = detectBrokenPersian(text);
  if (broken.reversed) warnings.push({ kind: 'reversed-persian', score: broken.score });
  return ok({
    text,
    pages: ranges,
    direction: looksRightToLeft(text) ? 'rtl' : 'ltr',
    repeatedLines,
    warnings,
  });
}
