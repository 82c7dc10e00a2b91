// What every importer hands back: plain text ready to become a Document, plus what the UI
// needs to show before saving (direction, speaker names, warnings about what was dropped).

import type { PdfEngine } from '../pdf/pdf-engine';
import type { RepeatedLine } from '../pdf/repeated-lines';
import type { RepairPreviewLine } from '../text/broken-persian-repair';
import { formatBytes, MAX_DOCUMENT_ARCHIVE_BYTES, MAX_FILE_BYTES } from './input-limits';

export type TextDirection = 'rtl' | 'ltr';

export type ImportFormat = 'txt' | 'md' | 'docx' | 'odt' | 'rtf' | 'pdf' | 'paste';

/** A PDF page of the imported text: text.slice(start, end). */
export interface PageRange {
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The text reads like Persian in a PDF's visual order (shared/text/broken-persian.ts): the
 * best-effort repair is computed but never applied here; the user chooses (chooseRepaired).
 */
export interface BrokenPersianCheck {
  readonly score: number;
  readonly repairedText: string;
  readonly changedLines: number;
  readonly preview: readonly RepairPreviewLine[];
  /** normalizeForSearch(repairedText), when the heavy-work worker computed it (as for `text`). */
  readonly repairedSearchText?: string;
}

export interface ImportedDocument {
  /** The file name without folder and extension. */
  readonly title: string;
  /** Plain text, '\n' line endings; one paragraph per non-empty line. */
  readonly text: string;
  readonly direction: TextDirection;
  /** Number of non-empty lines of `text`. */
  readonly paragraphs: number;
  /** Distinct speaker names found at the start of paragraphs, in order of first appearance. */
  readonly speakers: readonly string[];
  readonly warnings: readonly string[];
  readonly format: ImportFormat;
  /** PDF only: where each page starts and ends in `text`. */
  readonly pages?: readonly PageRange[];
  /** PDF only: running headers and footers, kept in `text`, offered for removal. */
  readonly repeatedLines?: readonly RepeatedLine[];
  /** Set when the text looks like Persian broken by a PDF's visual order. */
  readonly brokenPersian?: BrokenPersianCheck;
  /** True once the user chose the repaired text; `originalText` is then what was read. */
  readonly repaired?: boolean;
  readonly originalText?: string;
}

/** pdf.js, handed in by the caller (the CLI its Node build, the app's worker the browser build). */
export interface PdfImportOptions {
  readonly engine: () => Promise<PdfEngine>;
  /** After each page: the progress bar of a long PDF. */
  readonly onPage?: (pagesRead: number, pageCount: number) => void;
}

export interface ImportOptions {
  /** Files larger than this are refused before any parsing. */
  readonly maxFileBytes?: number;
  /** A .docx/.odt whose entries expand to more than this in total is refused as a zip bomb. */
  readonly maxExpandedBytes?: number;
  /** Without it a PDF is refused (import.pdf), as before PDFs could be read. */
  readonly pdf?: PdfImportOptions;
}

export const DEFAULT_MAX_FILE_BYTES = MAX_FILE_BYTES;
export const DEFAULT_MAX_EXPANDED_BYTES = MAX_DOCUMENT_ARCHIVE_BYTES;

export { formatBytes };
