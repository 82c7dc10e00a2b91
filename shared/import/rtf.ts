// A small RTF reader for the text only: WordPad and older Word save Persian RTF with
// \ansicpg1256 and \'hh escapes, or \uN Unicode escapes. Formatting, fonts, pictures and
// other destinations are skipped.
//
// Untrusted input: group nesting is capped (MAX_RTF_DEPTH) and the group state lives in two
// fixed typed arrays (no object per `{`); \ucN is clamped, so a huge N cannot swallow the rest of
// the text; \binN skips N bytes of binary data, which is never read as text.

import { noteMarker, withNotes } from './notes';
import { appError, refuse, refuseWith, type AppError } from '../errors';
import { ok, type Result } from '../model/snapshot';
import type { ExtractedText } from './docx';
import { MAX_RTF_DEPTH, MAX_RTF_UC } from './input-limits';

const SKIP_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'generator',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'filetbl',
  'xmlnsdecl',
  'fldinst',
]);

interface Control {
  /** Where the control ends (after its optional space delimiter). */
  readonly end: number;
  readonly word?: string;
  readonly arg?: number;
  readonly hex?: number;
  readonly symbol?: string;
}

function isLetter(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

function hexValue(b: number | undefined): number {
  if (b === undefined) return -1;
  if (isDigit(b)) return b - 0x30;
  const lower = b | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The control at `at` (a backslash): \word[-N][ ], \'hh, or \<symbol>. */
function readControl(src: Uint8Array, at: number): Control | null {
  let p = at + 1;
  const first = src[p];
  if (first === undefined) return null;
  if (isLetter(first)) {
    while (p < src.length && p - at <= 32 && isLetter(src[p] as number)) p++;
    const word = String.fromCharCode(...src.subarray(at + 1, p));
    const numStart = p;
    if (src[p] === 0x2d && isDigit(src[p + 1] ?? 0)) p++;
    while (p < src.length && p - numStart < 11 && isDigit(src[p] as number)) p++;
    const arg =
      p > numStart ? Number(String.fromCharCode(...src.subarray(numStart, p))) : undefined;
    if (src[p] === 0x20) p++;
    return { end: p, word, arg };
  }
  if (first === 0x27) {
    const hi = hexValue(src[p + 1]);
    const lo = hexValue(src[p + 2]);
    if (hi >= 0 && lo >= 0) return { end: p + 3, hex: hi * 16 + lo };
  }
  return { end: p + 1, symbol: String.fromCharCode(first) };
}

export function rtfTooDeep(name: string, limit = MAX_RTF_DEPTH): AppError {
  return appError('import.rtfTooDeep', { file: name, limit });
}

export function ucOutOfRangeWarning(n: number): string {
  return `\\uc${n} is out of range (at most ${MAX_RTF_UC}): read as \\uc1, so no text is dropped`;
}

export const BIN_PAST_END_WARNING =
  'the file ends inside binary data (\\bin): the rest was skipped';

/** The state of the open groups: index = depth. Two bytes per level, allocated once. */
class GroupStack {
  depth = 0;
  private readonly skips: Uint8Array;
  private readonly ucs: Uint8Array;
  constructor(readonly limit: number) {
    this.skips = new Uint8Array(limit + 1);
    this.ucs = new Uint8Array(limit + 1);
    this.ucs[0] = 1;
  }
  get skip(): boolean {
    return this.skips[this.depth] === 1;
  }
  set skip(v: boolean) {
    this.skips[this.depth] = v ? 1 : 0;
  }
  get uc(): number {
    return this.ucs[this.depth] as number;
  }
  set uc(n: number) {
    this.ucs[this.depth] = n;
  }
  /** False when the group would pass the limit. */
  push(): boolean {
    if (this.depth >= this.limit) return false;
    this.depth++;
    this.skips[this.depth] = this.skips[this.depth - 1] as number;
    this.ucs[this.depth] = this.ucs[this.depth - 1] as number;
    return true;
  }
  /** Whether the enclosing group skips (a destination inside a skipped one stays skipped). */
  get parentSkip(): boolean {
    return this.depth > 0 && this.skips[this.depth - 1] === 1;
  }
  pop(): void {
    if (this.depth > 0) this.depth--;
  }
}

/** Plain text: not a control character, brace, line break or byte above ASCII. */
function isPlain(code: number): boolean {
  return (
    code !== 0x5c &&
    code !== 0x7b &&
    code !== 0x7d &&
    code !== 0x0d &&
    code !== 0x0a &&
    code <= 0x7f
  );
}

export function extractRtf(
  name: string,
  src: Uint8Array,
  maxDepth = MAX_RTF_DEPTH,
): Result<ExtractedText> {
  // RTF is 7-bit ASCII by definition: read as bytes, never decoded whole.
  if (!startsWithRtf(src)) return refuse('import.notRtf', { file: name });
  let decoder = new TextDecoder('windows-1252');
  const ascii = new TextDecoder('utf-8');
  const main: string[] = [];
  // Footnotes (./notes.ts): their text goes to a note of its own while its group is open.
  const notes: string[] = [];
  let note: { readonly depth: number; readonly text: string[] } | null = null;
  let refs = 0;
  const target = (): string[] => note?.text ?? main;
  const warnings = new Set<string>();
  let pendingBytes: number[] = [];
  const flushBytes = (): void => {
    if (pendingBytes.length) target().push(decoder.decode(new Uint8Array(pendingBytes)));
    pendingBytes = [];
  };
  const g = new GroupStack(maxDepth);
  const emit = (s: string): void => {
    if (g.skip) return;
    flushBytes();
    target().push(s);
  };
  let rtlPars = 0;
  let ltrPars = 0;
  /** Fallback characters still to skip after a \uN (at most MAX_RTF_UC). */
  let skipChars = 0;
  let i = 0;
  while (i < src.length) {
    const code = src[i] as number;
    if (code === 0x7b) {
      if (!g.push()) return refuseWith(rtfTooDeep(name, maxDepth));
      // The \uN fallback ends with its group (and cannot leak into a new one).
      skipChars = 0;
      i++;
    } else if (code === 0x7d) {
      flushBytes();
      g.pop();
      if (note && g.depth < note.depth) {
        notes.push(note.text.join(''));
        note = null;
      }
      skipChars = 0;
      i++;
    } else if (code === 0x5c) {
      const c = readControl(src, i);
      if (c === null) break; // a lone backslash at the very end
      i = c.end;
      const { word, arg: n, hex, symbol } = c;
      if (skipChars > 0 && (hex !== undefined || symbol !== undefined)) {
        skipChars--;
        continue;
      }
      skipChars = 0;
      if (hex !== undefined) {
        if (!g.skip) pendingBytes.push(hex);
      } else if (symbol !== undefined) {
        if (symbol === '*') g.skip = true;
        else if (symbol === '~') emit('\u00a0');
        else if (symbol === '_') emit('\u2011');
        else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
        else if (symbol === '\n' || symbol === '\r') emit('\n');
      } else if (word !== undefined) {
        if (word === 'bin') {
          // N bytes of binary data follow: skipped whole, whatever they look like.
          const skip = n !== undefined && n > 0 ? n : 0;
          if (i + skip > src.length) warnings.add(BIN_PAST_END_WARNING);
          i = Math.min(src.length, i + skip);
        } else if (SKIP_DESTINATIONS.has(word)) g.skip = true;
        else if (word === 'footnote' && !note && !g.parentSkip) {
          // Known, so read even after \* ; a note without its own \chftn mark gets one here.
          g.skip = false;
          if (refs === notes.length) emit(noteMarker(++refs));
          note = { depth: g.depth, text: [] };
        } else if (word === 'footnote') g.skip = true;
        else if (word === 'chftn') {
          if (!note) emit(noteMarker(++refs));
        } else if (word === 'ansicpg' && n !== undefined) {
          try {
            decoder = new TextDecoder(`windows-${n}`);
          } catch {
            decoder = new TextDecoder('windows-1252');
          }
        } else if (word === 'uc' && n !== undefined) {
          const inRange = n >= 0 && n <= MAX_RTF_UC;
          if (!inRange) warnings.add(ucOutOfRangeWarning(n));
          g.uc = inRange ? n : 1;
        } else if (word === 'u' && n !== undefined) {
          const unit = n < 0 ? n + 65536 : n;
          emit(unit >= 0 && unit <= 0xffff ? String.fromCharCode(unit) : '\ufffd');
          skipChars = g.uc;
        } else if (word === 'par' || word === 'line' || word === 'row') emit('\n');
        else if (word === 'tab' || word === 'cell') emit('\t');
        else if (word === 'emdash') emit('—');
        else if (word === 'endash') emit('–');
        // Paragraph direction only: office suites write \rtlch on every run, English included.
        else if (word === 'rtlpar') rtlPars++;
        else if (word === 'ltrpar') ltrPars++;
      }
    } else if (code === 0x0d || code === 0x0a) {
      i++;
    } else if (skipChars > 0) {
      skipChars--;
      i++;
    } else if (code > 0x7f) {
      if (!g.skip) pendingBytes.push(code);
      i++;
    } else {
      // A run of plain text in one piece, not one string per character.
      let end = i + 1;
      while (end < src.length && isPlain(src[end] as number)) end++;
      if (!g.skip) emit(ascii.decode(src.subarray(i, end)));
      i = end;
    }
  }
  flushBytes();
  if (note) notes.push(note.text.join(''));
  return ok({
    text: withNotes(main.join(''), notes),
    rtlHint: rtlPars > ltrPars,
    warnings: [...warnings],
  });
}

function startsWithRtf(src: Uint8Array): boolean {
  const head = '{\\rtf';
  if (src.length < head.length) return false;
  for (let k = 0; k < head.length; k++) if (src[k] !== head.charCodeAt(k)) return false;
  return true;
}
