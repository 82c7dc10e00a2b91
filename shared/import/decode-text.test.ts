import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, normalizeNewlines } from './decode-text';
import { encodeUtf16, utf8 } from './test-builders';

/** What decodeText returns unchanged: no C0 controls besides tab/LF/FF, no CR, no leading BOM. */
function isPlainText(s: string): boolean {
  if (s.startsWith('\ufeff')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0x7f) return false;
  }
  return true;
}

const PERSIAN = 'سلام، مصاحبه‌گر: می‌خواهم ۱۴۰۳ را بگویم.';

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const r = decodeText(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and strips the BOM', () => {
    expect(decoded(utf8(PERSIAN))).toEqual({ text: PERSIAN, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PERSIAN)]);
    expect(decoded(withBom)).toEqual({ text: PERSIAN, encoding: 'utf-8' });
  });

  it.each([
    ['le', true, 'utf-16le'],
    ['be', true, 'utf-16be'],
    ['le', false, 'utf-16le'],
    ['be', false, 'utf-16be'],
  ] as const)('reads UTF-16%s (BOM: %s) as %s', (endian, bom, encoding) => {
    const bytes = encodeUtf16(`${PERSIAN}\r\nخط دوم 👩‍👩‍👧`, endian, bom);
    expect(decoded(bytes)).toEqual({ text: `${PERSIAN}\nخط دوم 👩‍👩‍👧`, encoding });
  });

  it('reads Windows-1256 (older Persian files) when the bytes are not UTF-8', () => {
    // "سلام" in Windows-1256.
    expect(decoded(new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]))).toEqual({
      text: 'سلام',
      encoding: 'windows-1256',
    });
  });

  it('normalizes CRLF and lone CR line endings to \\n', () => {
    expect(decoded(utf8('a\r\nb\rc\nd')).text).toBe('a\nb\nc\nd');
    expect(normalizeNewlines('\r\r\n')).toBe('\n\n');
  });

  it('refuses binary data: NULs outside UTF-16, or many control characters', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ]);
    expect(decodeText(png, 'a.png')).toMatchObject({
      ok: false,
      reason: 'a.png looks like a binary file, not text',
      error: { code: 'import.binary', params: { file: 'a.png' } },
    });
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeText(controls)).toMatchObject({
      ok: false,
      error: { code: 'import.binary', params: { file: 'The file' } },
    });
  });

  it('accepts a stray control character or two (old DOS files end with SUB)', () => {
    expect(decoded(utf8('hello world\u001a')).text).toBe('hello world\u001a');
  });

  it('decodes an empty file as empty text', () => {
    expect(decoded(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('rejects a UTF-8 BOM followed by invalid UTF-8', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0xfe, 0x62]));
    expect(r.ok).toBe(false);
  });

  it.each(['grapheme', 'binary'] as const)(
    'round-trips any %s string through UTF-8 (property)',
    (unit) => {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 200 }), (s) => {
          // Only strings that are text: controls and CR are what decodeText refuses or rewrites.
          fc.pre(isPlainText(s));
          const r = decodeText(utf8(s));
          expect(r).toEqual({ ok: true, data: { text: s, encoding: 'utf-8' } });
        }),
        { numRuns: 300 },
      );
    },
  );

  it('round-trips any string through UTF-16LE with a BOM (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        fc.pre(isPlainText(s));
        expect(decodeText(encodeUtf16(s, 'le', true))).toEqual({
          ok: true,
          data: { text: s, encoding: 'utf-16le' },
        });
      }),
      { numRuns: 200 },
    );
  });
});
