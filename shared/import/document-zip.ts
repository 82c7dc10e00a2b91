// .docx and .odt are zip files read through the one safe zip reader (shared/exchange/safe-zip.ts),
// with the refusals worded for a document: a damaged zip in the importer's own terms ("is not a
// valid Word document"), a bomb as a bomb, and every XML part pre-scanned for the XML limits
// while it inflates.

import { appError, errorOf, refuseWith, type AppError } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { openZipSafely, type SafeZip, type ZipFailure, type ZipResult } from '../exchange/safe-zip';
import { MAX_DOCUMENT_XML_ELEMENTS, MAX_ENTRY_BYTES, XML_LIMITS } from './input-limits';
import { XmlScanner } from './xml-scan';

/** How a damaged zip is said for this kind of document. */
export type DamagedCode = 'import.notWord' | 'import.notOdt';

export interface DocumentZip {
  readonly zip: SafeZip;
  /** Words a failed read of this file: see `documentZipError`. */
  readonly error: (r: ZipFailure) => AppError;
  /** XML elements read so far, over all parts: they share MAX_DOCUMENT_XML_ELEMENTS. */
  elements: number;
}

/** A zip failure said for the user, the file named once. */
export function documentZipError(
  name: string,
  failure: ZipFailure,
  limit: number,
  damaged: DamagedCode,
): AppError {
  if (failure.problem === 'damaged') return appError(damaged, { file: name });
  if (failure.problem === 'over-total') {
    return appError('import.zipBomb', { file: name, limitBytes: limit });
  }
  if (failure.problem === 'lying-size') return appError('import.zipLyingSize', { file: name });
  return appError('import.inFile', { file: name, error: errorOf(failure) });
}

/** Opens a .docx/.odt whose entries may inflate to `limit` bytes in all. */
export async function openDocumentZip(
  name: string,
  bytes: Uint8Array,
  limit: number,
  damaged: DamagedCode,
): Promise<Result<DocumentZip>> {
  const opened: ZipResult<SafeZip> = await openZipSafely(bytes, { maxUncompressedBytes: limit });
  const error: DocumentZip['error'] = (r) => documentZipError(name, r, limit, damaged);
  if (!opened.ok) return refuseWith(error(opened));
  return ok({ zip: opened.data, error, elements: 0 });
}

/**
 * Reads one XML part as UTF-8 text, scanned for the XML limits as it inflates (office formats
 * may carry a DOCTYPE, which their readers strip, so it is skipped rather than refused).
 * null when the part is absent.
 */
export async function readXmlPart(doc: DocumentZip, path: string): Promise<Result<string | null>> {
  if (!doc.zip.has(path)) return ok(null);
  const scanner = new XmlScanner(path, {
    doctype: 'skip',
    limits: { ...XML_LIMITS, maxElements: MAX_DOCUMENT_XML_ELEMENTS },
    elementsBefore: doc.elements,
  });
  const r = await doc.zip.read(path, {
    maxBytes: MAX_ENTRY_BYTES,
    inspect: (chunk) => scanner.feedBytes(chunk),
  });
  if (!r.ok) return refuseWith(doc.error(r));
  doc.elements = scanner.elements;
  return ok(new TextDecoder('utf-8').decode(r.data));
}
