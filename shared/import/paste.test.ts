import { describe, expect, it } from 'vitest';
import { importPastedText, titleFromText } from './paste';

describe('importPastedText', () => {
  it('normalizes newlines, trims, and takes the title from the first line', () => {
    const r = importPastedText('\u200f\r\n  مصاحبه با P05  \r\nمصاحبه‌گر: سلام\r\n\r\n');
    expect(r).toEqual({
      ok: true,
      data: {
        title: 'مصاحبه با P05',
        text: 'مصاحبه با P05\nمصاحبه‌گر: سلام',
        direction: 'rtl',
        paragraphs: 2,
        speakers: ['مصاحبه‌گر'],
        warnings: [],
        format: 'paste',
      },
    });
  });

  it('uses a given title, and refuses empty text', () => {
    const r = importPastedText('Interviewer: hi', { title: ' Notes ' });
    expect(r.ok && r.data.title).toBe('Notes');
    expect(importPastedText(' \n \u200f')).toEqual({
      ok: false,
      reason: 'Nothing was pasted: the clipboard text is empty',
      error: { code: 'import.pasteEmpty', params: {} },
    });
  });

  it('shortens a long first line at a word, never inside a surrogate pair', () => {
    // 16 "word " fill 80 characters: the title keeps 16 words and drops the space.
    const words = 'word '.repeat(30);
    expect(titleFromText(words)).toBe(`${'word '.repeat(16).trimEnd()}…`);
    const emoji = '👩'.repeat(60);
    const title = titleFromText(emoji);
    expect(title).toBe(`${'👩'.repeat(40)}…`);
    expect(titleFromText('# Heading\nbody')).toBe('Heading');
  });
});
