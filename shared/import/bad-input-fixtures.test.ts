// The committed samples in fixtures/bad-input, imported as the app would import them.
// eslint-disable-next-line no-restricted-imports -- a test reading committed fixtures, not app code
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/bad-input/${name}`, import.meta.url)));
}

describe('fixtures/bad-input', () => {
  it('refuses truncated.docx', async () => {
    expect(await importFile('truncated.docx', fixture('truncated.docx'))).toMatchObject({
      ok: false,
      error: { code: 'import.notWord', params: { file: 'truncated.docx' } },
    });
  });

  it('refuses binary.txt', async () => {
    expect(await importFile('binary.txt', fixture('binary.txt'))).toMatchObject({
      ok: false,
      error: { code: 'import.binary', params: { file: 'binary.txt' } },
    });
  });

  it('reads windows-1256.txt as Persian, with a warning', async () => {
    expect(await importFile('windows-1256.txt', fixture('windows-1256.txt'))).toEqual({
      ok: true,
      data: {
        title: 'windows-1256',
        text: 'مصاحبه‌گر: سلام، خوش آمديد.\nپاسخ‌دهنده 1: سلام. من در سال 1400 در باکو بودم.',
        direction: 'rtl',
        paragraphs: 2,
        speakers: ['مصاحبه‌گر', 'پاسخ‌دهنده 1'],
        warnings: ['read as Windows-1256 (an older Persian/Arabic encoding)'],
        format: 'txt',
      },
    });
  });

  it('keeps the markup of script.txt as literal text', async () => {
    const bytes = fixture('script.txt');
    const r = await importFile('script.txt', bytes);
    expect(r.ok && r.data.text).toBe(new TextDecoder().decode(bytes).trimEnd());
    expect(r.ok && r.data.text).toContain('<script>alert("x")</script>');
    expect(r.ok && r.data.speakers).toEqual(['Interviewer', 'P1', 'مصاحبه‌گر']);
  });
});
