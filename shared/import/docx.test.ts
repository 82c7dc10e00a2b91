import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { htmlToText, mostParagraphsBidi } from './docx';
import { importFile } from './import-file';
import { buildDocx, docxDocumentXml, patchDeclaredSizes } from './test-builders';
import type { ImportedDocument } from './types';

async function imported(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const r = await importFile(name, bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const PERSIAN_INTERVIEW = [
  { text: 'مصاحبه با کارشناس وزارت امور خارجه', bidi: true },
  { text: 'مصاحبه‌گر: نقش دیپلماسی رسمی را چگونه می‌بینید؟', bidi: true },
  {
    text: 'پاسخ‌دهنده ۱: روابط دو کشور در سال ۱۴۰۰ تغییر کرد.',
    bidi: true,
    afterBreak: 'و ادامه یافت.',
  },
  { text: '', bidi: true },
  { text: 'مصاحبه‌گر: سپاس.', bidi: true },
];

describe('importFile: .docx', () => {
  it('keeps paragraphs, line breaks and speaker turns of a right-to-left document', async () => {
    const doc = await imported('P01 تبریز.docx', await buildDocx(PERSIAN_INTERVIEW));
    expect(doc).toEqual({
      title: 'P01 تبریز',
      text: [
        'مصاحبه با کارشناس وزارت امور خارجه',
        'مصاحبه‌گر: نقش دیپلماسی رسمی را چگونه می‌بینید؟',
        'پاسخ‌دهنده ۱: روابط دو کشور در سال ۱۴۰۰ تغییر کرد.',
        'و ادامه یافت.',
        'مصاحبه‌گر: سپاس.',
      ].join('\n'),
      direction: 'rtl',
      paragraphs: 5,
      speakers: ['مصاحبه‌گر', 'پاسخ‌دهنده ۱'],
      warnings: [],
      format: 'docx',
    });
  });

  it('takes the direction from w:bidi when the text has no letters to decide', async () => {
    const rtl = await imported('n.docx', await buildDocx([{ text: '۱۲۳ — 456', bidi: true }]));
    expect(rtl.direction).toBe('rtl');
    const ltr = await imported('n.docx', await buildDocx([{ text: '۱۲۳ — 456' }]));
    expect(ltr.direction).toBe('ltr');
    expect(mostParagraphsBidi(docxDocumentXml([{ text: 'a', bidi: true }, { text: 'b' }]))).toBe(
      false,
    );
  });

  it('keeps HTML in a transcript as literal text (bold labels lose only their markup)', async () => {
    const doc = await imported(
      's.docx',
      await buildDocx([
        { text: 'Interviewer:', bold: true },
        { text: 'P1: <script>alert("x")</script> & <b>not bold</b>' },
      ]),
    );
    expect(doc.text).toBe('Interviewer:\nP1: <script>alert("x")</script> & <b>not bold</b>');
    expect(doc.speakers).toEqual(['Interviewer', 'P1']);
  });

  it('refuses a truncated .docx with a clear reason', async () => {
    const bytes = await buildDocx(PERSIAN_INTERVIEW);
    for (const cut of [bytes.length - 10, Math.floor(bytes.length / 2), 30]) {
      expect(await importFile('P02.docx', bytes.slice(0, cut))).toMatchObject({
        ok: false,
        error: { code: 'import.notWord', params: { file: 'P02.docx' } },
      });
    }
  });

  it('refuses a zip without a Word document inside, and an old binary .doc', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    // The English sentence, as the CLI and the e2e tests read it.
    expect(await importFile('x.docx', notWord)).toMatchObject({
      ok: false,
      reason: 'x.docx is not a valid Word document (the file is damaged or truncated)',
      error: { code: 'import.notWord', params: { file: 'x.docx' } },
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const r = await importFile('old.docx', ole);
    expect(r.ok ? '' : r.reason).toMatch(/^old\.docx is an old Word 97–2003 document/);
    expect(r).toMatchObject({ error: { code: 'import.oldWordDoc', params: { file: 'old.docx' } } });
  });

  it('refuses a zip bomb by its declared size before inflating anything', async () => {
    const bytes = await buildDocx([{ text: 'x' }], {
      'word/media/zeros.bin': new Uint8Array(4 << 20),
    });
    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(await importFile('bomb.docx', bytes, { maxExpandedBytes: 1 << 20 })).toMatchObject({
      ok: false,
      reason: 'bomb.docx: the file expands to more than 1 MB — refused as a possible zip bomb',
      error: { code: 'import.zipBomb', params: { file: 'bomb.docx', limitBytes: 1 << 20 } },
    });
  });

  it('refuses a zip bomb that lies about its size, while inflating', async () => {
    const huge = docxDocumentXml([{ text: 'a'.repeat(3 << 20) }]);
    const lying = patchDeclaredSizes(
      await buildDocx([], { 'word/document.xml': huge }),
      'word/document.xml',
      100,
    );
    // Inflation stops just past the 100 bytes the header declares, whatever the cap.
    const liar = { code: 'import.zipLyingSize', params: { file: 'liar.docx' } };
    expect(await importFile('liar.docx', lying, { maxExpandedBytes: 1 << 20 })).toMatchObject({
      ok: false,
      error: liar,
    });
    expect(await importFile('liar.docx', lying)).toMatchObject({ ok: false, error: liar });
  });

  it('refuses a .docx whose XML parts hold more elements than the limit, counted over all parts', async () => {
    // 150,001 + 100,000 elements: each part is under the limit, together they are past it.
    const flood = (n: number) => `<w:document>${'<w:x/>'.repeat(n)}</w:document>`;
    const bytes = await buildDocx([], {
      'word/document.xml': flood(150_000),
      'word/styles.xml': flood(100_000),
    });
    const r = await importFile('flood.docx', bytes);
    expect(r).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^flood\.docx: word\/(document|styles)\.xml has more than 250,000 XML elements \(the limit\)$/,
      ),
      error: {
        code: 'import.inFile',
        params: {
          file: 'flood.docx',
          error: { code: 'import.xmlTooManyElements', params: { limit: 250_000 } },
        },
      },
    });
  });

  it('reads a real .docx with a footnote and bullet and numbered lists: markers kept, the note at its place', async () => {
    // The parts an office suite writes for a footnote and for lists (numbering.xml), not mammoth's
    // HTML: the whole route from the zip is tested.
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const item = (numId: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr><w:bidi/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const documentXml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
      '<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>روابط اقتصادی</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> گسترش یافت.</w:t></w:r></w:p>' +
      item(1, 'تجارت') +
      item(1, 'گردشگری') +
      item(2, 'نخست') +
      item(2, 'دوم') +
      '</w:body></w:document>';
    const level = (fmt: string, text: string) =>
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numberingXml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
      `<w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '</w:numbering>';
    const footnotesXml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}">` +
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> آمار سال ۱۴۰۲.</w:t></w:r></w:p></w:footnote>' +
      '</w:footnotes>';
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      '</Relationships>';
    const bytes = await buildDocx([], {
      'word/document.xml': documentXml,
      'word/footnotes.xml': footnotesXml,
      'word/numbering.xml': numberingXml,
      'word/_rels/document.xml.rels': rels,
    });
    const doc = await imported('notes.docx', bytes);
    expect(doc.text).toBe(
      [
        'روابط اقتصادی[^1] گسترش یافت.',
        '• تجارت',
        '• گردشگری',
        '1. نخست',
        '2. دوم',
        '[^1]: آمار سال ۱۴۰۲.',
      ].join('\n'),
    );
    expect(doc.direction).toBe('rtl');
  });

  it('flattens mammoth HTML: lists, tables, footnote back-links, entities', () => {
    expect(
      htmlToText(
        '<h1>T</h1><ul><li>a<ul><li>b</li></ul></li></ul><table><tr><td><p>c</p></td><td><p>d &amp;lt;</p></td></tr></table>' +
          '<p>e<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p> note <a href="#footnote-ref-1">↑</a></p></li></ol>',
      ),
    ).toBe('T\n• a\n• b\nc\nd &lt;\ne[^1]\n[^1]: note');
  });

  it('keeps numbered items and notes in one sequence, each marker at its place', () => {
    // mammoth's shapes: an endnote and a footnote referenced out of id order, a <p> inside an item.
    const html =
      '<ol><li><p>اول</p></li><li>دوم<sup><a href="#endnote-7" id="endnote-ref-7">[1]</a></sup></li></ol>' +
      '<p>متن<sup><a href="#footnote-2" id="footnote-ref-2">[1]</a></sup> ادامه</p>' +
      '<ol><li id="footnote-2"><p>پانویس <a href="#footnote-ref-2">↑</a></p></li></ol>' +
      '<ol><li id="endnote-7"><p>یادداشت پایانی <a href="#endnote-ref-7">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe(
      '1. اول\n2. دوم[^1]\nمتن[^2] ادامه\n[^1]: یادداشت پایانی\n[^2]: پانویس',
    );
  });
});
