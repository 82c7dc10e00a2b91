// Several files at once (a folder of interviews): one unreadable file must not stop the
// others, and the user learns which one failed and why.

import { appError, errorOf, formatError, type AppError } from '../errors';
import { readDocument } from './read-document';
import type { ImportedDocument, ImportOptions } from './types';

export interface FileToImport {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file that was not imported: its refusal (translate `error`; `reason` is its English). */
export interface FailedFile {
  readonly name: string;
  readonly reason: string;
  readonly error: AppError;
}

export interface ImportManyResult {
  readonly imported: ImportedDocument[];
  readonly failed: FailedFile[];
}

export async function importMany(
  files: readonly FileToImport[],
  onProgress?: (done: number, total: number, name: string) => void,
  options: ImportOptions = {},
  /** A PDF's pages as they are read (the progress of one long file). */
  onPage?: (name: string, pagesRead: number, pageCount: number) => void,
): Promise<ImportManyResult> {
  const imported: ImportedDocument[] = [];
  const failed: FailedFile[] = [];
  let done = 0;
  // One at a time: inflating several large .docx files at once multiplies peak memory.
  for (const file of files) {
    try {
      const pdf = options.pdf && {
        ...options.pdf,
        onPage: (read: number, count: number) => onPage?.(file.name, read, count),
      };
      const r = await readDocument(file.name, file.bytes, { ...options, pdf });
      if (r.ok) imported.push(r.data);
      else failed.push({ name: file.name, reason: r.reason, error: errorOf(r) });
    } catch (e) {
      // importFile returns results; this only catches a library bug, and still names the file.
      const error = appError('import.unreadable', { file: file.name, detail: String(e) });
      failed.push({ name: file.name, reason: formatError(error), error });
    }
    done++;
    onProgress?.(done, files.length, file.name);
  }
  return { imported, failed };
}
