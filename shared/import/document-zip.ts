// .docx and .odt are zip files read through the one safe zip reader (shared/exchange/safe-zip.ts),
// with the refusals worded for a document: a damaged zip in the importer's own terms ("is not a
// valid Word document"), a bomb as a bomb, and every XML part pre-scanned for the XML limits
// while it inflates.

import { fail, ok, type Result } from '../model/snapshot';
import { openZipSafely, type SafeZip, type ZipResult } from '../exchange/safe-zip';
import {
  formatBytes,
  MAX_DOCUMENT_XML_ELEMENTS,
  MAX_ENTRY_BYTES,
  XML_LIMITS,
} from './input-limits';
import { XmlScanner } from './xml-scan';

export interface DocumentZip {
  readonly zip: SafeZip;
  /** Words a failed read of this file: see `documentZipReason`. */
  readonly reason: (r: { readonly reason: string; readonly problem?: string }) => string;
  /** XML elements read so far, over all parts: they share MAX_DOCUMENT_XML_ELEMENTS. */
  elements: number;
}

export function bombReason(limit: number): string {
  return `the file expands to more than ${formatBytes(limit)} — refused as a possible zip bomb`;
}

export const LYING_SIZE_REASON =
  'an entry inflates beyond its declared size — refused as a possible zip bomb';

/** A zip failure said for the user, the file named once. */
export function documentZipReason(
  name: string,
  failure: { readonly reason: string; readonly problem?: string },
  limit: number,
  damaged: (name: string) => string,
): string {
  if (failure.problem === 'damaged') return damaged(name);
  if (failure.problem === 'over-total') return `${name}: ${bombReason(limit)}`;
  if (failure.problem === 'lying-size') return `${name}: ${LYING_SIZE_REASON}`;
  return `${name}: ${failure.reason}`;
}

/** Opens a .docx/.odt whose entries may inflate to `limit` bytes in all. */
export async function openDocumentZip(
  name: string,
  bytes: Uint8Array,
  limit: number,
  damaged: (name: string) => string,
): Promise<Result<DocumentZip>> {
  const opened: ZipResult<SafeZip> = await openZipSafely(bytes, { maxUncompressedBytes: limit });
  const reason: DocumentZip['reason'] = (r) => documentZipReason(name, r, limit, damaged);
  if (!opened.ok) return fail(reason(opened));
  return ok({ zip: opened.data, reason, elements: 0 });
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
  if (!r.ok) return fail(doc.reason(r));
  doc.elements = scanner.elements;
  return ok(new TextDecoder('utf-8').decode(r.data));
}
