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
        text: 'مصاحبهٔ دوم\nمصاحبه‌گر: سلام   و\tخوش آمدید\nپاسخ‌دهنده ۱: ممنون\nخط دوم\n• مورد اول',
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

  it('keeps a footnote as a marker at its place and the note after the text; skips comments', async () => {
    const bytes = await buildOdt([
      'Text<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote</text:p></text:note-body></text:note> more',
      '<office:annotation><text:p>A comment</text:p></office:annotation>Body',
    ]);
    const r = await importFile('n.odt', bytes);
    // Before: the citation "1" was glued to "Text" and the note dropped.
    expect(r.ok && r.data.text).toBe('Text[^1] more\nBody\n[^1]: Footnote');
  });

  it('numbers the items of a numbered list and bullets the nested bulleted one', async () => {
    const listStyles =
      '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>' +
      '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>';
    const item = (t: string, inner = '') =>
      `<text:list-item><text:p>${t}</text:p>${inner}</text:list-item>`;
    const bytes = await buildOdt(
      [
        `<text:list text:style-name="L1">${item('یک')}${item('دو', `<text:list text:style-name="L2">${item('الف')}</text:list>`)}${item('سه')}</text:list>`,
      ],
      { listStyles },
    );
    const r = await importFile('l.odt', bytes);
    expect(r.ok && r.data.text).toBe('1. یک\n2. دو\n• الف\n3. سه');
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
