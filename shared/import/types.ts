// What every importer hands back: plain text ready to become a Document, plus what the UI
// needs to show before saving (direction, speaker names, warnings about what was dropped).

import { formatBytes, MAX_DOCUMENT_ARCHIVE_BYTES, MAX_FILE_BYTES } from './input-limits';

export type TextDirection = 'rtl' | 'ltr';

export type ImportFormat = 'txt' | 'md' | 'docx' | 'odt' | 'rtf' | 'paste';

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
}

export interface ImportOptions {
  /** Files larger than this are refused before any parsing. */
  readonly maxFileBytes?: number;
  /** A .docx/.odt whose entries expand to more than this in total is refused as a zip bomb. */
  readonly maxExpandedBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = MAX_FILE_BYTES;
export const DEFAULT_MAX_EXPANDED_BYTES = MAX_DOCUMENT_ARCHIVE_BYTES;

export { formatBytes };
