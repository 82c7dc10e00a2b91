import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { buildDocx, encodeUtf16, utf8 } from './test-builders';

describe('importFile: plain text and bad input', () => {
  it('imports a Persian .txt transcript with speakers and RTL direction', async () => {
    const text = '\ufeffمصاحبه‌گر: سلام\r\n\r\n\r\n\r\nپاسخ‌دهنده ۱: سلام، خوش آمدید.  \r\n';
    expect(await importFile('folder/P04.txt', utf8(text))).toEqual({
      ok: true,
      data: {
        title: 'P04',
        text: 'مصاحبه‌گر: سلام\n\nپاسخ‌دهنده ۱: سلام، خوش آمدید.',
        direction: 'rtl',
        paragraphs: 2,
        speakers: ['مصاحبه‌گر', 'پاسخ‌دهنده ۱'],
        warnings: [],
        format: 'txt',
      },
    });
  });

  it('imports UTF-16 (Notepad "Unicode") and Windows-1256 text, with a warning for the latter', async () => {
    const r16 = await importFile('u.txt', encodeUtf16('مصاحبه‌گر: سلام', 'le', true));
    expect(r16.ok && [r16.data.text, r16.data.warnings]).toEqual(['مصاحبه‌گر: سلام', []]);
    const r1256 = await importFile('old.txt', new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]));
    expect(r1256.ok && [r1256.data.text, r1256.data.direction, r1256.data.warnings]).toEqual([
      'سلام',
      'rtl',
      ['read as Windows-1256 (an older Persian/Arabic encoding)'],
    ]);
  });

  it('refuses an empty file, a whitespace-only file and a binary file renamed .txt', async () => {
    expect(await importFile('e.txt', new Uint8Array())).toMatchObject({
      ok: false,
      error: { code: 'import.empty', params: { file: 'e.txt' } },
    });
    expect(await importFile('w.txt', utf8(' \n\t\n'))).toMatchObject({
      ok: false,
      error: { code: 'import.noText', params: { file: 'w.txt' } },
    });
    const binary = new Uint8Array(256).map((_, i) => i);
    expect(await importFile('b.txt', binary)).toEqual({
      ok: false,
      reason: 'b.txt looks like a binary file, not text',
      error: { code: 'import.binary', params: { file: 'b.txt' } },
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    expect(await importFile('big.txt', utf8('x'.repeat(2048)), { maxFileBytes: 1024 })).toEqual({
      ok: false,
      reason: 'big.txt is too large (2 KB); the limit is 1 KB',
      error: {
        code: 'import.tooLarge',
        params: { file: 'big.txt', sizeBytes: 2048, limitBytes: 1024 },
      },
    });
  });

  it('keeps HTML and <script> in a transcript as literal text', async () => {
    const text = 'P1: <script>alert(1)</script> <img src=x onerror=alert(2)> &amp;';
    const r = await importFile('s.txt', utf8(text));
    expect(r.ok && r.data.text).toBe(text);
  });

  it('goes by content over extension: a .docx renamed .txt, a PDF, a zip of something else', async () => {
    const docx = await importFile('renamed.txt', await buildDocx([{ text: 'Hello from Word' }]));
    expect(docx.ok && [docx.data.text, docx.data.format]).toEqual(['Hello from Word', 'docx']);
    expect(await importFile('paper.docx', utf8('%PDF-1.7\n...'))).toMatchObject({
      ok: false,
      error: { code: 'import.pdf', params: { file: 'paper.docx' } },
    });
    const zip = new JSZip();
    zip.file('a.bin', new Uint8Array([0, 1, 2]));
    const other = await importFile('a.txt', await zip.generateAsync({ type: 'uint8array' }));
    expect(other).toMatchObject({ ok: false, error: { code: 'import.binary' } });
  });

  it('strips Markdown from a .md transcript', async () => {
    const md =
      '# Interview 3\n\n**Interviewer:** How was *it*?\n\n- first point\n- [a link](http://x.org)\n';
    const r = await importFile('i3.md', utf8(md));
    expect(r.ok && [r.data.text, r.data.speakers, r.data.format]).toEqual([
      'Interview 3\n\nInterviewer: How was it?\n\nfirst point\na link',
      ['Interviewer'],
      'md',
    ]);
  });
});
