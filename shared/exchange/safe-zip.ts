// The one reader of untrusted archives (.qdpx, .docx, .odt). Before JSZip inflates anything we
// read the central directory ourselves: every entry name is checked (zip-slip), the entries are
// counted, and the declared sizes are summed against a cap (zip bomb). Inflation then streams
// and stops at the first of: the entry's declared size (a lying header), the archive's
// remaining budget, the caller's cap for that entry, or a refusal from the caller's `inspect`
// (the XML pre-scan reads chunks as they inflate, so a 200 MB entry of `<x/>` stops early).
import JSZip from 'jszip';
import { appError, refuse, refuseWith, type AppError } from '../errors';
import { ok, type Failure, type Result } from '../model/snapshot';
import { MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES } from '../import/input-limits';
import { entryTooLarge } from '../import/xml-scan';
import { drainCapped, type ChunkStream } from '../import/zip-stream';

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = MAX_ARCHIVE_BYTES;
export const DEFAULT_MAX_ENTRIES = MAX_ARCHIVE_ENTRIES;

export interface SafeZipOptions {
  readonly maxUncompressedBytes?: number;
  readonly maxEntries?: number;
}

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/**
 * Why a zip was refused, for importers that word it in their own terms (a .docx "is not a valid
 * Word document"): `damaged` — not a zip, truncated, unreadable; `over-total` — the archive
 * unpacks to more than `maxUncompressedBytes`; `lying-size` — an entry inflates past the size
 * its header declares. Other refusals (unsafe names, limits) carry no problem: say them as is.
 */
export type ZipProblem = 'damaged' | 'over-total' | 'lying-size';

export type ZipFailure = Failure & { readonly problem?: ZipProblem };

export type ZipResult<T> = { readonly ok: true; readonly data: T } | ZipFailure;

export interface ReadOptions {
  /** A cap for this entry below the archive's budget; refused, naming the limit, past it. */
  readonly maxBytes?: number;
  /** Sees each inflated chunk; an error stops the inflation and fails the read with it. */
  readonly inspect?: (chunk: Uint8Array) => AppError | null;
}

export interface SafeZip {
  readonly entries: readonly ZipEntryInfo[];
  has(name: string): boolean;
  /** Inflates one entry, refusing to go past its declared size, its cap or the archive's budget. */
  read(name: string, options?: ReadOptions): Promise<ZipResult<Uint8Array>>;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;

function refused(error: AppError, problem?: ZipProblem): ZipFailure {
  const failure = refuseWith(error);
  return problem === undefined ? failure : { ...failure, problem };
}

/** True for names a careless extractor would write outside its target folder. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000]/.test(name)) return true;
  return name.split(/[/\\]/).some((segment) => segment === '..');
}

/** Reads the central directory: names and declared sizes, without inflating anything. */
export function scanZip(bytes: Uint8Array): Result<ZipEntryInfo[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minStart = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= minStart; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refuse('exchange.notZip');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return refuse('exchange.zip64');
  }
  if (cdOffset + cdSize > eocd) {
    return refuse('exchange.zipDirectoryOutside');
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CDH_SIG) {
      return refuse('exchange.zipBadEntry');
    }
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > eocd) return refuse('exchange.zipNameCut');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, compressedSize, uncompressedSize });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return ok(entries);
}

/** The refusal for an archive whose entries add up to more than the cap. */
export function overTotal(declared: number, maxBytes: number): AppError {
  return appError('exchange.zipOverTotal', { unpacked: declared, max: maxBytes });
}

interface Caps {
  readonly declared: number;
  readonly budget: number;
  readonly maxBytes: number;
  readonly totalLimit: number;
}

function readCapped(
  file: JSZip.JSZipObject,
  caps: Caps,
  inspect: ReadOptions['inspect'],
): Promise<ZipResult<Uint8Array>> {
  // internalStream is public JSZip API (documented) but missing from its type definitions.
  const stream = (
    file as unknown as { internalStream(type: 'uint8array'): ChunkStream }
  ).internalStream('uint8array');
  let problem: ZipProblem | undefined;
  return drainCapped(
    stream,
    (_, total, chunk) => {
      if (total > caps.maxBytes) return entryTooLarge(file.name, caps.maxBytes);
      if (total > caps.declared) {
        problem = 'lying-size';
        return appError('exchange.zipLyingSize', { entry: file.name });
      }
      if (total > caps.budget) {
        problem = 'over-total';
        return overTotal(caps.totalLimit - caps.budget + total, caps.totalLimit);
      }
      return inspect ? inspect(chunk) : null;
    },
    (e) => {
      problem = 'damaged';
      return appError('exchange.zipEntryDamaged', { entry: file.name, detail: e.message });
    },
  ).then((r) => (r.ok ? r : problem === undefined ? r : { ...r, problem }));
}

export async function openZipSafely(
  bytes: Uint8Array,
  options: SafeZipOptions = {},
): Promise<ZipResult<SafeZip>> {
  const maxBytes = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const scanned = scanZip(bytes);
  if (!scanned.ok) return { ...scanned, problem: 'damaged' };
  const entries = scanned.data;
  if (entries.length > maxEntries) {
    return refuse('exchange.zipTooManyEntries', { count: entries.length, max: maxEntries });
  }
  const unsafe = entries.find((e) => isUnsafeEntryName(e.name));
  if (unsafe) return refuse('exchange.zipUnsafePath', { path: unsafe.name });
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > maxBytes) return refused(overTotal(declared, maxBytes), 'over-total');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refused(appError('exchange.zipDamaged', { detail }), 'damaged');
  }
  // JSZip's own view of the names, in case a local header disagrees with the directory.
  for (const file of Object.values(zip.files)) {
    const raw = file.unsafeOriginalName ?? file.name;
    if (isUnsafeEntryName(raw)) {
      return refuse('exchange.zipUnsafeLocalPath', { path: raw });
    }
  }
  const sizes = new Map(entries.map((e) => [e.name, e.uncompressedSize]));
  let budget = maxBytes;
  // Names come from the project's XML (internal://…): own entries only, never Object.prototype's.
  const entry = (name: string) => (Object.hasOwn(zip.files, name) ? zip.files[name] : undefined);
  return ok({
    entries,
    has: (name) => {
      const file = entry(name);
      return file !== undefined && !file.dir;
    },
    read: async (name, readOptions = {}) => {
      const file = entry(name);
      if (!file || file.dir) return refuse('exchange.zipNoEntry', { entry: name });
      const declaredSize = sizes.get(name) ?? budget;
      const cap = readOptions.maxBytes ?? Infinity;
      // An honest header past the entry's cap is refused before a byte is inflated.
      if (declaredSize > cap) return refuseWith(entryTooLarge(name, cap));
      const caps = { declared: declaredSize, budget, maxBytes: cap, totalLimit: maxBytes };
      const r = await readCapped(file, caps, readOptions.inspect);
      if (r.ok) budget -= r.data.length;
      return r;
    },
  });
}
