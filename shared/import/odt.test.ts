import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { buildOdt } from './test-builders';

describe('importFile: .odt', () => {
  it('reads paragraphs, headings, list items, text:s spaces, tabs and line breaks', async () => {
    const bytes = await buildOdt(
      [
        '<text:h text:outline-level="1">مصاحبهٔ دوم</text:h>',
        'مصاحبه‌گر:<text:s/>سلام<text:s text:c="3"/>و<text:tab/>خوش آمدید',
        'پاسخ‌دهنده ۱: <text:span>ممنون</text:span><text:line-break/>خط دوم',
        '<text:list><text:list-item><text:p>مورد اول</text:p></text:list-item></text:list>',
        '',
      ],
      { rtl: true },
    );
    const r = await importFile('P03.odt', bytes);
    expect(r).toEqual({
      ok: true,
      data: {
        title: 'P03',
        text: 'مصاحبهٔ دوم\nمصاحبه‌گر: سلام   و\tخوش آمدید\nپاسخ‌دهنده ۱: ممنون\nخط دوم\nمورد اول',
        direction: 'rtl',
        paragraphs: 5,
        speakers: ['مصاحبه‌گر', 'پاسخ‌دهنده ۱'],
        warnings: [],
        format: 'odt',
      },
    });
  });

  it('never expands DOCTYPE entities and keeps markup-like text literal', async () => {
    const doctype =
      '<!DOCTYPE office:document-content [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">' +
      '<!ENTITY ext SYSTEM "file:///etc/passwd">]>';
    const bytes = await buildOdt(['A &lol2; B &ext; C &lt;script&gt; &amp; &#1587;'], { doctype });
    const r = await importFile('evil.odt', bytes);
    expect(r.ok && r.data.text).toBe('A &lol2; B &ext; C <script> & س');
  });

  it('skips footnote bodies and comments', async () => {
    const bytes = await buildOdt([
      'Text<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote</text:p></text:note-body></text:note> more',
      '<office:annotation><text:p>A comment</text:p></office:annotation>Body',
    ]);
    const r = await importFile('n.odt', bytes);
    expect(r.ok && r.data.text).toBe('Text1 more\nBody');
  });

  it('refuses a truncated .odt and a zip bomb', async () => {
    const bytes = await buildOdt(['x']);
    expect(await importFile('t.odt', bytes.slice(0, bytes.length - 30))).toMatchObject({
      ok: false,
      error: { code: 'import.notOdt', params: { file: 't.odt' } },
    });
    const bomb = await buildOdt([`<text:span>${'z'.repeat(2 << 20)}</text:span>`]);
    expect(await importFile('b.odt', bomb, { maxExpandedBytes: 1 << 20 })).toMatchObject({
      ok: false,
      error: { code: 'import.zipBomb', params: { file: 'b.odt', limitBytes: 1 << 20 } },
    });
  });
});
