import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { utf8 } from './test-builders';

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
    expect(r).toEqual({ ok: false, reason: 'x.rtf is not a valid RTF document' });
  });
});
