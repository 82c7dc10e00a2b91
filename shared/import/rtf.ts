// A small RTF reader for the text only: WordPad and older Word save Persian RTF with
// \ansicpg1256 and \'hh escapes, or \uN Unicode escapes. Formatting, fonts, pictures and
// other destinations are skipped.

import { fail, ok, type Result } from '../model/snapshot';
import type { ExtractedText } from './docx';

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
  'footnote',
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

interface Group {
  skip: boolean;
  uc: number;
}

export function extractRtf(name: string, bytes: Uint8Array): Result<ExtractedText> {
  // RTF is 7-bit ASCII by definition; latin1 maps each byte to one char without loss.
  const src = new TextDecoder('latin1').decode(bytes);
  if (!src.startsWith('{\\rtf')) return fail(`${name} is not a valid RTF document`);
  let codepage = 'windows-1252';
  let decoder = new TextDecoder(codepage);
  const out: string[] = [];
  let pendingBytes: number[] = [];
  const flushBytes = (): void => {
    if (pendingBytes.length) out.push(decoder.decode(new Uint8Array(pendingBytes)));
    pendingBytes = [];
  };
  const emit = (s: string, g: Group): void => {
    if (g.skip) return;
    flushBytes();
    out.push(s);
  };
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1 };
  let rtlMarks = 0;
  let skipChars = 0;
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === '{') {
      stack.push(g);
      g = { ...g };
      i++;
    } else if (c === '}') {
      flushBytes();
      g = stack.pop() ?? g;
      i++;
    } else if (c === '\\') {
      const m = /^\\(?:([a-zA-Z]{1,32})(-?\d{1,10})? ?|'([0-9a-fA-F]{2})|(.))/s.exec(
        src.slice(i, i + 48),
      );
      if (!m) break;
      i += m[0].length;
      const [, word, arg, hex, symbol] = m;
      if (skipChars > 0 && (hex !== undefined || symbol !== undefined)) {
        skipChars--;
        continue;
      }
      skipChars = 0;
      if (hex !== undefined) {
        if (!g.skip) pendingBytes.push(parseInt(hex, 16));
      } else if (symbol !== undefined) {
        if (symbol === '*') g.skip = true;
        else if (symbol === '~') emit('\u00a0', g);
        else if (symbol === '_') emit('\u2011', g);
        else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol, g);
        else if (symbol === '\n' || symbol === '\r') emit('\n', g);
      } else if (word !== undefined) {
        const n = arg === undefined ? null : Number(arg);
        if (SKIP_DESTINATIONS.has(word)) g.skip = true;
        else if (word === 'ansicpg' && n !== null) {
          codepage = `windows-${n}`;
          try {
            decoder = new TextDecoder(codepage);
          } catch {
            decoder = new TextDecoder('windows-1252');
          }
        } else if (word === 'uc' && n !== null) g.uc = n;
        else if (word === 'u' && n !== null) {
          emit(String.fromCharCode(n < 0 ? n + 65536 : n), g);
          skipChars = g.uc;
        } else if (word === 'par' || word === 'line' || word === 'row') emit('\n', g);
        else if (word === 'tab' || word === 'cell') emit('\t', g);
        else if (word === 'emdash') emit('—', g);
        else if (word === 'endash') emit('–', g);
        else if (word === 'rtlpar' || word === 'rtlch') rtlMarks++;
      }
    } else {
      i++;
      if (c === '\r' || c === '\n') continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (g.skip) continue;
      if (c.charCodeAt(0) > 0x7f) pendingBytes.push(c.charCodeAt(0));
      else emit(c, g);
    }
  }
  flushBytes();
  return ok({ text: out.join(''), rtlHint: rtlMarks > 0, warnings: [] });
}
