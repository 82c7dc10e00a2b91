// Importers meet bytes nobody planned for: they must answer with a result, never throw, and a
// refusal must name the file. decode-text.test.ts covers well-formed text; this covers the rest.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { importFile } from './import-file';
import { buildDocx, buildOdt, utf8 } from './test-builders';

const EXTENSIONS = ['.txt', '.md', '.docx', '.odt', '.rtf', '.doc', '.pdf', ''] as const;
const fileName = fc
  .tuple(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
    fc.constantFrom(...EXTENSIONS),
  )
  .map(([base, ext]) => `${base}${ext}`);

/** Random bytes, and random bytes behind the magic numbers the importer sniffs. */
const MAGIC = ['PK\u0003\u0004', '{\\rtf1', '%PDF-', '\u00d0\u00cf\u0011\u00e0', '\ufeff'];
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 512 })).map(([magic, rest]) => {
    const head = magic.startsWith('\ufeff')
      ? utf8(magic)
      : Uint8Array.from(magic, (c) => c.charCodeAt(0));
    const out = new Uint8Array(head.length + rest.length);
    out.set(head);
    out.set(rest, head.length);
    return out;
  }),
);

/** A real file with some bytes overwritten and perhaps its tail cut off. */
function mutated(original: () => Uint8Array) {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      }),
      fc.option(fc.nat(), { nil: undefined }),
    )
    .map(([flips, cut]) => {
      const bytes = original().slice();
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      return cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
    });
}

function expectAnswer(name: string, r: Awaited<ReturnType<typeof importFile>>): void {
  if (r.ok) {
    expect(r.data.text.trim()).not.toBe('');
    expect(r.data.text).not.toContain('\r');
    expect(r.data.paragraphs).toBeGreaterThan(0);
  } else {
    expect(r.reason.startsWith(name)).toBe(true);
    expect(r.reason.length).toBeGreaterThan(name.length);
  }
}

let docx: Uint8Array = new Uint8Array();
let odt: Uint8Array = new Uint8Array();
beforeAll(async () => {
  docx = await buildDocx([
    { text: 'مصاحبه‌گر: سلام', bidi: true },
    { text: 'P1: hello', afterBreak: 'again' },
  ]);
  odt = await buildOdt(['مصاحبه‌گر: سلام', 'P1: <text:s/>hello'], { rtl: true });
});

describe('importers on arbitrary bytes (property)', () => {
  it('decodeText answers every byte sequence with text or a reason', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const r = decodeText(bytes);
        if (r.ok) expect(r.data.text).not.toContain('\r');
        else expect(r.reason).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('importFile never throws on random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(fileName, hostileBytes, async (name, bytes) => {
        expectAnswer(name, await importFile(name, bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('importFile never throws on damaged .docx and .odt files, whatever they are called', async () => {
    const seen = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fileName,
        fc.oneof(
          mutated(() => docx),
          mutated(() => odt),
        ),
        async (name, bytes) => {
          const r = await importFile(name, bytes);
          seen[r.ok ? 'ok' : 'refused']++;
          expectAnswer(name, r);
        },
      ),
      { numRuns: 300 },
    );
    // Both paths were exercised: some damage is survivable, most is refused.
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
