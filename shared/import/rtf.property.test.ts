// RTF from strangers: any sequence of groups, control words, escapes and binary data gets a
// Result, never a throw; nesting is refused exactly past the limit; and no control word — \ucN
// with any N, \binN, a skipped destination — can swallow text that follows its group.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRtf, rtfTooDeep } from './rtf';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

const bigInt = fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer(), fc.constant(999999999));

/** One RTF token, hostile ones included. */
const token = fc.oneof(
  fc.constantFrom('{', '}', '\\par ', '\\tab', '\\*', '\\~', '\\\\', '\\{', '\\}', '\\', ' ', 'x'),
  fc.constantFrom('\\fonttbl ', '\\pict ', '\\fldinst ', '\\ansicpg1256 ', '\\ansicpg99999 '),
  bigInt.map((n) => `\\uc${n} `),
  bigInt.map((n) => `\\u${n}?`),
  bigInt.map((n) => `\\bin${n} `),
  fc.integer({ min: 0, max: 255 }).map((b) => `\\'${b.toString(16).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 255 }).map((b) => String.fromCharCode(b)),
  fc.string({ maxLength: 6 }),
);

const rtfBody = fc.array(token, { maxLength: 40 }).map((t) => t.join(''));

describe('extractRtf on arbitrary input (property)', () => {
  it('answers any token soup with a Result', () => {
    fc.assert(
      fc.property(rtfBody, fc.integer({ min: 1, max: 8 }), (body, maxDepth) => {
        const r = extractRtf('x.rtf', ascii(`{\\rtf1 ${body}`), maxDepth);
        if (r.ok) expect(typeof r.data.text).toBe('string');
        else expect(r.error).toEqual(rtfTooDeep('x.rtf', maxDepth));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the text after a closed group, whatever the group held (\\bin aside)', () => {
    const safeToken = fc.oneof(
      fc.constantFrom(
        '\\par ',
        '\\tab',
        '\\*',
        '\\~',
        '\\\\',
        '\\{',
        '\\}',
        '\\fonttbl ',
        '\\pict ',
      ),
      bigInt.map((n) => `\\uc${n} `),
      bigInt.map((n) => `\\u${n}?`),
      fc.integer({ min: 0, max: 255 }).map((b) => `\\'${b.toString(16).padStart(2, '0')}`),
      fc.string({ maxLength: 6 }).map((t) => t.replace(/[\\{}]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(safeToken, { maxLength: 12 }), (inner) => {
        // A group that holds anything but braces and \bin; a plain tail after it.
        const rtf = `{\\rtf1 {${inner.join('')}}TAIL end}`;
        const r = extractRtf('x.rtf', ascii(rtf));
        expect(r.ok && r.data.text.endsWith('TAIL end')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses nesting exactly past the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        (n, limit) => {
          const rtf = `{\\rtf1 ${'{'.repeat(n - 1)}x${'}'.repeat(n)}`;
          const r = extractRtf('x.rtf', ascii(rtf), limit);
          expect(r.ok).toBe(n <= limit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never reads \\binN data as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (data) => {
        const head = ascii(`{\\rtf1 A\\bin${data.length} `);
        const tail = ascii('B}');
        const bytes = new Uint8Array(head.length + data.length + tail.length);
        bytes.set(head);
        bytes.set(data, head.length);
        bytes.set(tail, head.length + data.length);
        expect(extractRtf('x.rtf', bytes)).toEqual({
          ok: true,
          data: { text: 'AB', rtlHint: false, warnings: [] },
        });
      }),
      { numRuns: 500 },
    );
  });
});
