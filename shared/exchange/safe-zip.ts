// Opening untrusted archives. Before JSZip inflates anything we read the central directory
// ourselves: every entry name is checked (zip-slip) and the declared sizes are summed against
// a cap (zip bomb). Inflation then streams and stops at the declared size, so an archive whose
// headers lie about sizes cannot get past the cap either.
import JSZip from 'jszip';
import { fail, ok, type Result } from '../model/snapshot';
import { drainCapped, type ChunkStream } from '../import/zip-stream';

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const DEFAULT_MAX_ENTRIES = 100_000;

export interface SafeZipOptions {
  readonly maxUncompressedBytes?: number;
  readonly maxEntries?: number;
}

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

export interface SafeZip {
  readonly entries: readonly ZipEntryInfo[];
  has(name: string): boolean;
  /** Inflates one entry, refusing to go past its declared size or the archive's budget. */
  read(name: string): Promise<Result<Uint8Array>>;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;

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
  if (eocd < 0) return fail('The file is not a ZIP archive, or it is truncated (no end record).');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return fail('ZIP64 archives are not supported (the archive is too large for an import).');
  }
  if (cdOffset + cdSize > eocd) {
    return fail('The ZIP archive is damaged or truncated (its directory lies outside the file).');
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CDH_SIG) {
      return fail('The ZIP archive is damaged or truncated (bad directory entry).');
    }
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > eocd) return fail('The ZIP archive is damaged (entry name cut off).');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, compressedSize, uncompressedSize });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return ok(entries);
}

function readCapped(file: JSZip.JSZipObject, limit: number): Promise<Result<Uint8Array>> {
  // internalStream is public JSZip API (documented) but missing from its type definitions.
  const stream = (
    file as unknown as { internalStream(type: 'uint8array'): ChunkStream }
  ).internalStream('uint8array');
  return drainCapped(
    stream,
    (_, total) =>
      total > limit
        ? `The archive entry "${file.name}" inflates beyond its declared size (zip bomb?).`
        : null,
    (e) => `The archive entry "${file.name}" is damaged: ${e.message}`,
  );
}

export async function openZipSafely(
  bytes: Uint8Array,
  options: SafeZipOptions = {},
): Promise<Result<SafeZip>> {
  const maxBytes = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const scanned = scanZip(bytes);
  if (!scanned.ok) return scanned;
  const entries = scanned.data;
  if (entries.length > maxEntries) {
    return fail(`The archive has ${entries.length} entries; Mazmun accepts at most ${maxEntries}.`);
  }
  const unsafe = entries.find((e) => isUnsafeEntryName(e.name));
  if (unsafe) {
    return fail(
      `The archive contains an entry with an unsafe path ("${unsafe.name}"): absolute paths and ".." are refused.`,
    );
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > maxBytes) {
    return fail(
      `The archive would unpack to ${declared} bytes, more than the limit of ${maxBytes} bytes (zip bomb?).`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    return fail(`The ZIP archive is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
  // JSZip's own view of the names, in case a local header disagrees with the directory.
  for (const file of Object.values(zip.files)) {
    const raw = file.unsafeOriginalName ?? file.name;
    if (isUnsafeEntryName(raw)) {
      return fail(`The archive contains an entry with an unsafe path ("${raw}").`);
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
    read: async (name) => {
      const file = entry(name);
      if (!file || file.dir) return fail(`The archive has no entry "${name}".`);
      const limit = Math.min(sizes.get(name) ?? budget, budget);
      const r = await readCapped(file, limit);
      if (r.ok) budget -= r.data.length;
      return r;
    },
  });
}
