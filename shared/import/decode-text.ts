// Turns the bytes of a text file into a string. Persian transcripts arrive as UTF-8, as UTF-16
// from Windows Notepad ("Unicode"), sometimes without a BOM, and as Windows-1256 from older
// Word/Notepad installs: all of them must open without the user choosing an encoding.

import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Damaged bytes replaced with U+FFFD in an otherwise valid UTF-8 file (0 for a clean file). */
  readonly replaced?: number;
}

/** How much of the file the UTF-16 heuristic looks at: the start is representative enough. */
const SAMPLE_BYTES = 64 * 1024;

/** '\r\n' and lone '\r' (old Mac files) become '\n'. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes `bytes` as text, or explains why it is not text (naming the file `name`). Line endings
 * become '\n' and a leading byte-order mark is removed.
 */
export function decodeText(bytes: Uint8Array, name = 'The file'): Result<DecodedText> {
  const bom = detectBom(bytes);
  if (bom) return finish(bytes.subarray(bom.length), bom.encoding, name);
  const utf16 = guessUtf16(bytes);
  if (utf16) return finish(bytes, utf16, name);
  // Outside UTF-16 a NUL byte never belongs to text: executables, images, zip files.
  if (bytes.includes(0)) return refuse('import.binary', { file: name });
  if (isValidUtf8(bytes)) return finish(bytes, 'utf-8', name);
  const damaged = damagedUtf8(bytes, name);
  if (damaged) return damaged;
  return finish(bytes, 'windows-1256', name);
}

function detectBom(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: spaces, newlines and Latin letters put a NUL in every other byte
 * (0x20 0x00 in little-endian), even in Persian text (U+06xx has no NUL, but its spaces do).
 * Binary files have NULs in both positions, so require one side to be nearly free of them.
 */
function guessUtf16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 2) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) nulEven++;
    if (bytes[i + 1] === 0) nulOdd++;
  }
  const pairs = n / 2;
  if (nulOdd >= pairs * 0.1 && nulEven <= pairs * 0.01) return 'utf-16le';
  if (nulEven >= pairs * 0.1 && nulOdd <= pairs * 0.01) return 'utf-16be';
  return null;
}

/**
 * A UTF-8 file with a few damaged bytes (a bad sector, a cut-and-paste accident) is still
 * UTF-8: reading all of it as Windows-1256 would garble every Persian letter. It counts as
 * UTF-8 when it has real multi-byte characters and at most 1% of characters were replaced.
 */
function damagedUtf8(bytes: Uint8Array, name: string): Result<DecodedText> | null {
  const loose = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let multibyte = 0;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) multibyte++;
  }
  if (replaced === 0 || multibyte < replaced * 4 || replaced > loose.length * 0.01) return null;
  if (looksBinary(loose)) return refuse('import.binary', { file: name });
  return ok({ text: normalizeNewlines(stripBom(loose)), encoding: 'utf-8', replaced });
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function finish(bytes: Uint8Array, encoding: TextEncoding, name: string): Result<DecodedText> {
  let raw: string;
  try {
    // fatal for UTF-16 too: an unpaired surrogate means the guess (or the file) is wrong.
    raw = new TextDecoder(encoding, { fatal: encoding !== 'windows-1256' }).decode(bytes);
  } catch {
    return encoding === 'utf-8'
      ? refuse('import.badUtf8', { file: name })
      : refuse('import.badEncoding', { file: name, encoding: encoding.toUpperCase() });
  }
  if (looksBinary(raw)) return refuse('import.binary', { file: name });
  return ok({ text: normalizeNewlines(stripBom(raw)), encoding });
}

/**
 * Text has almost no C0 control characters besides tab, newline, carriage return and form
 * feed; random bytes decoded as Windows-1256 have about one in ten. Allow a few (stray ESC or
 * SUB at the end of old DOS files) before calling it binary.
 */
function looksBinary(text: string): boolean {
  let controls = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) {
      controls++;
    }
  }
  return controls > Math.max(4, n * 0.005);
}
