// .docx and .odt are zip files, and a zip can expand a few kilobytes into gigabytes. Before
// anything inflates an entry we check the sizes the central directory declares; because a
// crafted zip can lie about those, entries we actually read are inflated through a stream
// that stops as soon as the running total passes the cap.

import JSZip from 'jszip';
import { fail, ok, type Result } from '../model/snapshot';
import { formatBytes } from './types';
import { drainCapped } from './zip-stream';

/** JSZip keeps the central-directory sizes on a private field (see its index.d.ts). */
interface JSZipObjectInternals {
  readonly _data?: { readonly uncompressedSize?: number; readonly compressedSize?: number };
  internalStream?: (type: 'uint8array') => JSZip.JSZipStreamHelper<Uint8Array>;
}

/** The reason code for "not a readable zip"; each importer words it for its format. */
export const DAMAGED_ZIP = 'damaged';

/**
 * Words a zip-guard failure for the user: a damaged zip in the importer's own terms (`damaged`),
 * anything else (a refused bomb) prefixed with the file name.
 */
export function zipFailureReason(
  name: string,
  reason: string,
  damaged: (name: string) => string,
): string {
  return reason === DAMAGED_ZIP ? damaged(name) : `${name}: ${reason}`;
}

export interface ZipBudget {
  /** Bytes that may still be inflated; shared by every read of one file. */
  remaining: number;
  readonly limit: number;
}

export function bombReason(limit: number): string {
  return `the file expands to more than ${formatBytes(limit)} — refused as a possible zip bomb`;
}

/** Opens a zip without inflating anything; fails if it is not a zip or declares too much. */
export async function openZipGuarded(
  bytes: Uint8Array,
  limit: number,
): Promise<Result<{ zip: JSZip; budget: ZipBudget }>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return fail(DAMAGED_ZIP);
  }
  let declared = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (entry as unknown as JSZipObjectInternals)._data?.uncompressedSize ?? 0;
    // A negative or absurd size is itself a sign of a crafted archive.
    if (!Number.isFinite(size) || size < 0) return fail(DAMAGED_ZIP);
    declared += size;
    if (declared > limit) return fail(bombReason(limit));
  }
  return ok({ zip, budget: { remaining: limit, limit } });
}

/**
 * Inflates one entry, counting every byte against `budget`; stops early and fails with the
 * zip-bomb reason when the budget runs out, whatever the entry declared.
 */
export function readEntryCapped(
  zip: JSZip,
  path: string,
  budget: ZipBudget,
): Promise<Result<Uint8Array | null>> {
  const entry = zip.file(path);
  if (!entry) return Promise.resolve(ok(null));
  const internals = entry as unknown as JSZipObjectInternals;
  if (!internals.internalStream) return Promise.resolve(fail(DAMAGED_ZIP));
  const stream = internals.internalStream.call(entry, 'uint8array');
  return drainCapped(
    stream,
    (length) => {
      budget.remaining -= length;
      return budget.remaining < 0 ? bombReason(budget.limit) : null;
    },
    () => DAMAGED_ZIP,
  );
}

/** Reads an entry as UTF-8 text under the budget (XML parts of .docx/.odt are UTF-8). */
export async function readEntryText(
  zip: JSZip,
  path: string,
  budget: ZipBudget,
): Promise<Result<string | null>> {
  const r = await readEntryCapped(zip, path, budget);
  if (!r.ok) return r;
  return ok(r.data === null ? null : new TextDecoder('utf-8').decode(r.data));
}
