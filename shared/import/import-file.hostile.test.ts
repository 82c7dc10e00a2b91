// Every transcript-shaped file in fixtures/bad-input, imported as the Documents view imports it:
// a plain reason or safe handling, never a throw and never a hang. The four older fixtures are
// asserted in bad-input-fixtures.test.ts; the .qdpx and backup ones in shared/exchange.
// eslint-disable-next-line no-restricted-imports -- tests read committed fixtures
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../fixtures/bad-input/make-fixtures';
import { centralEntries, inflatedSize } from '../../fixtures/bad-input/inspect-zip';
import { appError, type AppError } from '../errors';
import { importFile } from './import-file';
import { importMany } from './import-many';
import { DEFAULT_MAX_EXPANDED_BYTES, DEFAULT_MAX_FILE_BYTES, formatBytes } from './types';

const DIR = new URL('../../fixtures/bad-input/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, DIR)));
const SCRIPT_TXT = new TextDecoder().decode(fixture('script.txt')).trimEnd();

/** Refused with exactly this error, and this English sentence (the CLI's, e2e's). */
const REFUSED: Readonly<Record<string, { reason: string; error: AppError }>> = {
  'zip-bomb.docx': {
    reason: `zip-bomb.docx: the file expands to more than ${formatBytes(DEFAULT_MAX_EXPANDED_BYTES)} — refused as a possible zip bomb`,
    error: appError('import.zipBomb', {
      file: 'zip-bomb.docx',
      limitBytes: DEFAULT_MAX_EXPANDED_BYTES,
    }),
  },
  'lying-sizes.docx': {
    reason:
      'lying-sizes.docx: an entry inflates beyond its declared size — refused as a possible zip bomb',
    error: appError('import.zipLyingSize', { file: 'lying-sizes.docx' }),
  },
  'png-renamed.docx': {
    reason: 'png-renamed.docx is not a valid Word document (the file is damaged or truncated)',
    error: appError('import.notWord', { file: 'png-renamed.docx' }),
  },
  'empty.txt': {
    reason: 'empty.txt is empty',
    error: appError('import.empty', { file: 'empty.txt' }),
  },
  'deep-nesting.rtf': {
    reason: 'deep-nesting.rtf nests RTF groups more than 1,000 levels deep (the limit)',
    error: appError('import.rtfTooDeep', { file: 'deep-nesting.rtf', limit: 1000 }),
  },
};

describe('fixtures/bad-input: transcripts', () => {
  it.each(Object.entries(REFUSED))('refuses %s with a plain reason', async (name, refusal) => {
    expect(await importFile(name, fixture(name))).toEqual({ ok: false, ...refusal });
  });

  it('zip-bomb.docx really is a bomb: word/document.xml inflates past the cap, and says so', async () => {
    const bytes = fixture('zip-bomb.docx');
    const doc = centralEntries(bytes).find((e) => e.name === 'word/document.xml');
    if (!doc) throw new Error('no word/document.xml');
    const real = await inflatedSize(bytes, doc);
    expect(real).toBeGreaterThan(DEFAULT_MAX_EXPANDED_BYTES);
    expect(doc.declaredSize).toBe(real);
    expect(real / bytes.length).toBeGreaterThan(900); // deflate of zeros: ~1000:1
  });

  it('lying-sizes.docx declares 1 KB for an entry that inflates past the cap', async () => {
    const bytes = fixture('lying-sizes.docx');
    const doc = centralEntries(bytes).find((e) => e.name === 'word/document.xml');
    if (!doc) throw new Error('no word/document.xml');
    expect(doc.declaredSize).toBe(1024);
    expect(await inflatedSize(bytes, doc)).toBeGreaterThan(DEFAULT_MAX_EXPANDED_BYTES);
  });

  it('png-renamed.docx is a real PNG picture', () => {
    expect([...fixture('png-renamed.docx').subarray(0, 8)]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
  });

  it('reads latin-1.txt with a warning to check the text (it is not UTF-8)', async () => {
    const r = await importFile('latin-1.txt', fixture('latin-1.txt'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.warnings).toEqual([
      'not UTF-8: read as Windows-1256 (an older Persian/Arabic encoding); check the text, it may use another encoding',
    ]);
    // Windows-1256 shares é, à, ç, ï, ü with Latin-1; ß and ñ come out as Arabic letters, which
    // is why the warning asks the researcher to look.
    expect(r.data.text.split('\n')[0]).toBe('Interviewer: Café au lait, naïve façade.');
    expect(r.data.speakers).toEqual(['Interviewer', 'P1']);
  });

  it('reads invalid-utf8.txt without throwing, and warns', async () => {
    const r = await importFile('invalid-utf8.txt', fixture('invalid-utf8.txt'));
    expect(r.ok && r.data.warnings.length).toBe(1);
  });

  // BUG: one damaged byte in a UTF-8 Persian transcript makes decodeText fall back to
  // Windows-1256 for the WHOLE file: every letter becomes mojibake ("ظ…طµط§ط­...") and the
  // warning says "read as Windows-1256 (an older Persian/Arabic encoding)", which sounds fine.
  // Fix (shared/import/decode-text.ts): when the fatal UTF-8 decode fails, decode non-fatally
  // and count U+FFFD; if the file holds valid multi-byte UTF-8 sequences and the replacements
  // are rare (say ≤ 1% of characters), return it as 'utf-8' with a warning such as "N damaged
  // bytes were replaced with �" instead of re-reading it as Windows-1256.
  it('keeps the Persian words of a UTF-8 file with one damaged byte, and says so', async () => {
    const r = await importFile('invalid-utf8.txt', fixture('invalid-utf8.txt'));
    expect(r.ok && r.data.warnings.join(' ')).toMatch(/damaged byte/);
    expect(r.ok && r.data.text).toContain('مصاحبه‌گر: لطفاً دربارهٔ همکاری اقتصادی بگویید.');
    expect(r.ok && r.data.speakers).toEqual(['مصاحبه‌گر', 'پاسخ‌دهنده ۱']);
  });

  it('keeps the markup of script.md and script.docx as literal text, like script.txt', async () => {
    const md = await importFile('script.md', fixture('script.md'));
    const docx = await importFile('script.docx', fixture('script.docx'));
    expect(md.ok && md.data.text).toBe(`Interview\n\n${SCRIPT_TXT}`);
    expect(docx.ok && docx.data.text).toBe(SCRIPT_TXT);
    for (const r of [md, docx]) {
      expect(r.ok && r.data.text).toContain('<script>alert("x")</script>');
      expect(r.ok && r.data.text).toContain('<img src=x onerror="alert(1)">');
      expect(r.ok && r.data.speakers).toEqual(['Interviewer', 'P1', 'مصاحبه‌گر']);
    }
  });

  it('imports the good files of a mixed batch and names each bad one with its reason', async () => {
    const names = ['script.txt', 'zip-bomb.docx', 'script.docx', 'empty.txt', 'png-renamed.docx'];
    const r = await importMany(names.map((name) => ({ name, bytes: fixture(name) })));
    expect(r.imported.map((d) => [d.title, d.format])).toEqual([
      ['script', 'txt'],
      ['script', 'docx'],
    ]);
    expect(r.failed).toEqual(
      ['zip-bomb.docx', 'empty.txt', 'png-renamed.docx'].map((name) => ({
        name,
        ...REFUSED[name],
      })),
    );
  });
});

describe('fixtures/bad-input: hostile RTF', () => {
  it('reads uc-huge.rtf: \\uc999999999 is read as \\uc1, every word after it kept', async () => {
    const r = await importFile('uc-huge.rtf', fixture('uc-huge.rtf'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.text).toBe('سلام: every word after this stays.');
    expect(r.data.warnings).toEqual([
      '\\uc999999999 is out of range (at most 10): read as \\uc1, so no text is dropped',
    ]);
  });

  it('reads bin-data.rtf without its \\bin data: no brace, word or escape in it becomes text', async () => {
    const bytes = fixture('bin-data.rtf');
    expect(new TextDecoder('latin1').decode(bytes)).toContain('SECRET');
    const r = await importFile('bin-data.rtf', bytes);
    expect(r.ok && r.data.text).toBe('Before the picture.\nAfter the picture.');
    expect(r.ok && r.data.warnings).toEqual([]);
  });

  it('refuses 50 MB of nested groups (made in memory) with the same named limit', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x7b);
    bytes.set(new TextEncoder().encode('{\\rtf1 '));
    expect(await importFile('nested.rtf', bytes)).toMatchObject({
      ok: false,
      error: { code: 'import.rtfTooDeep', params: { file: 'nested.rtf', limit: 1000 } },
    });
  });
});

describe('a 50 MB transcript (made in memory, never committed)', () => {
  const line = 'پاسخ‌دهنده ۱: همکاری اقتصادی پایهٔ اعتماد متقابل است و بدون آن پیش نمی‌رود.\n';

  // What this checks is the result at the size limit, not the speed: no time limit of its own
  // (0 turns Vitest's off), so a slow or busy machine cannot fail it. Speed belongs in bench/.
  it('imports it whole: every line, the speaker and the direction', async () => {
    const lineBytes = new TextEncoder().encode(line);
    const lines = Math.ceil((50 * 1024 * 1024) / lineBytes.length);
    const bytes = new Uint8Array(lines * lineBytes.length);
    for (let i = 0; i < lines; i++) bytes.set(lineBytes, i * lineBytes.length);
    expect(bytes.length).toBeLessThan(DEFAULT_MAX_FILE_BYTES);
    const r = await importFile('long.txt', bytes);
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.paragraphs).toBe(lines);
    expect(r.data.text.length).toBe(lines * line.length - 1); // the last newline is trimmed
    expect(r.data.speakers).toEqual(['پاسخ‌دهنده ۱']);
    expect(r.data.direction).toBe('rtl');
  }, 0);

  it('refuses a file past the size cap before reading it, naming both sizes', async () => {
    const bytes = new Uint8Array(DEFAULT_MAX_FILE_BYTES + 1024 * 1024);
    expect(await importFile('huge.txt', bytes)).toMatchObject({
      ok: false,
      reason: `huge.txt is too large (${formatBytes(bytes.length)}); the limit is ${formatBytes(DEFAULT_MAX_FILE_BYTES)}`,
      error: {
        code: 'import.tooLarge',
        params: { sizeBytes: bytes.length, limitBytes: DEFAULT_MAX_FILE_BYTES },
      },
    });
  });
});

describe('fixtures/bad-input, the folder', () => {
  it('holds exactly what make-fixtures.ts writes, byte for byte', () => {
    for (const [name, make] of Object.entries(FIXTURES)) {
      expect(Buffer.from(fixture(name)).equals(make()), name).toBe(true);
    }
  });

  it('lists every fixture in its README, and keeps each under 300 KB', () => {
    const readme = new TextDecoder().decode(fixture('README.md'));
    const files = readdirSync(DIR).filter((f) => f !== 'README.md' && !f.endsWith('.ts'));
    expect(files.length).toBe(Object.keys(FIXTURES).length + 4);
    for (const f of files) {
      expect(readme, f).toContain(`\`${f}\``);
      expect(fixture(f).length, f).toBeLessThan(300 * 1024);
    }
  });
});
