import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { MAX_RTF_DEPTH } from './input-limits';
import { formatError } from '../errors';
import { BIN_PAST_END_WARNING, extractRtf, rtfTooDeep, ucOutOfRangeWarning } from './rtf';
import { utf8 } from './test-builders';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('importFile: .rtf', () => {
  it('reads Windows-1256 escapes, \\u escapes and paragraphs; skips font tables', async () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0\\fcharset178 Tahoma;}}{\\*\\generator Riched20;}' +
      "\\rtlpar\\f0 \\'d3\\'e1\\'c7\\'e3: \\u1605?\\u1606?\\par Interviewer: hi\\tab there\\line next\\par }";
    const r = await importFile('old.rtf', utf8(rtf));
    expect(r).toEqual({
      ok: true,
      data: {
        title: 'old',
        text: 'سلام: من\nInterviewer: hi\tthere\nnext',
        // More Latin letters than Persian here: the \rtlpar hint only decides without letters.
        direction: 'ltr',
        paragraphs: 3,
        speakers: ['سلام', 'Interviewer'],
        warnings: [],
        format: 'rtf',
      },
    });
  });

  it('refuses a .rtf that is not RTF', async () => {
    // The extension says RTF but the bytes do not start with {\rtf: refused, not guessed at.
    const r = await importFile('x.rtf', utf8('plain words'));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'import.notRtf', params: { file: 'x.rtf' } },
    });
  });
});

describe('extractRtf on hostile input', () => {
  it('refuses nesting past the limit, naming it, and reads nesting up to it', () => {
    const nested = (n: number) => ascii(`{\\rtf1 ${'{'.repeat(n - 1)}x${'}'.repeat(n)}`);
    expect(extractRtf('ok.rtf', nested(MAX_RTF_DEPTH))).toMatchObject({
      ok: true,
      data: { text: 'x' },
    });
    expect(extractRtf('deep.rtf', nested(MAX_RTF_DEPTH + 1))).toMatchObject({
      ok: false,
      error: rtfTooDeep('deep.rtf'),
    });
    expect(rtfTooDeep('deep.rtf')).toEqual({
      code: 'import.rtfTooDeep',
      params: { file: 'deep.rtf', limit: MAX_RTF_DEPTH },
    });
    // The limit keeps its thousands separator in English.
    expect(formatError(rtfTooDeep('deep.rtf'))).toBe(
      'deep.rtf nests RTF groups more than 1,000 levels deep (the limit)',
    );
  });

  it('reads an out-of-range \\ucN as \\uc1 and warns, keeping the text after it', () => {
    const r = extractRtf('uc.rtf', ascii('{\\rtf1 {\\uc999999999 \\u1587?after} tail}'));
    expect(r).toEqual({
      ok: true,
      data: { text: 'سafter tail', rtlHint: false, warnings: [ucOutOfRangeWarning(999999999)] },
    });
    expect(extractRtf('uc.rtf', ascii('{\\rtf1\\uc-3 \\u1587?x}'))).toMatchObject({
      ok: true,
      data: { text: 'سx' },
    });
  });

  it('ends a \\uN fallback with its group', () => {
    const r = extractRtf('g.rtf', ascii('{\\rtf1\\uc2 {\\u1587?}kept}'));
    expect(r.ok && r.data.text).toBe('سkept');
  });

  it('skips \\binN data as bytes, never as text or markup', () => {
    const rtf = ascii('{\\rtf1 a{\\*\\blipuid x}{\\pict\\bin5 }{\\x}}b\\bin4 {{{{c}');
    expect(extractRtf('bin.rtf', rtf)).toEqual({
      ok: true,
      data: { text: 'abc', rtlHint: false, warnings: [] },
    });
    // Binary data running past the end: the rest is skipped, and said.
    expect(extractRtf('cut.rtf', ascii('{\\rtf1 a\\bin999 xyz'))).toEqual({
      ok: true,
      data: { text: 'a', rtlHint: false, warnings: [BIN_PAST_END_WARNING] },
    });
  });

  it('reads bytes above 0x7F through the code page, 0x80–0x9F included', () => {
    const r = extractRtf(
      'cp.rtf',
      Uint8Array.from([...ascii('{\\rtf1\\ansicpg1256 '), 0x8a, 0xd3, 0x7d]),
    );
    expect(r.ok && r.data.text).toBe('ٹس');
  });
  it('reads the direction from paragraphs (\\rtlpar), not from \\rtlch on every run', () => {
    // As LibreOffice writes English: \ltrpar paragraphs whose runs all carry \rtlch.
    const english = ascii(
      '{\\rtf1\\ansi {\\pard\\ltrpar{\\rtlch\\ltrch One}\\par}{\\pard\\ltrpar{\\rtlch\\ltrch Two}\\par}}',
    );
    expect(extractRtf('en.rtf', english)).toMatchObject({ ok: true, data: { rtlHint: false } });
    const persian = ascii(
      '{\\rtf1\\ansi {\\pard\\rtlpar{\\rtlch 1}\\par}{\\pard\\rtlpar{\\rtlch 2}\\par}{\\pard\\ltrpar 3\\par}}',
    );
    expect(extractRtf('fa.rtf', persian)).toMatchObject({ ok: true, data: { rtlHint: true } });
  });

  it('keeps footnotes as a marker at their place and the notes after the text', () => {
    // Word's shape (\chftn in the text, the note in a {\footnote} group) and LibreOffice's
    // (\*\footnote, no mark of its own before it).
    const rtf = ascii(
      '{\\rtf1\\ansi Trade{\\super\\chftn{\\footnote\\pard{\\super\\chftn} First note.}} grew.\\par ' +
        'Security{\\*\\footnote\\pard Second\\par note.} too.\\par}',
    );
    const r = extractRtf('n.rtf', rtf);
    expect(r.ok && r.data.text).toBe(
      'Trade[^1] grew.\nSecurity[^2] too.\n\n[^1]: First note.\n[^2]: Second note.',
    );
  });
});
