import { describe, expect, it } from 'vitest';
import { joinLines, pageLines, type TextPiece } from './pdf-lines';
import { findRepeatedLines, lineKey, removeRepeatedLines } from './repeated-lines';

/** Pieces of one line, one per string, laid left to right from x with 1-unit gaps. */
function row(y: number, strs: readonly string[], x0 = 10): TextPiece[] {
  let x = x0;
  return strs.map((str) => {
    const p = { str, x, y, width: str.length * 5, size: 10 };
    x += p.width + 1;
    return p;
  });
}

describe('pageLines', () => {
  it('orders lines top to bottom and a right-to-left line from right to left', () => {
    // Drawn left to right on the page: "کشور" "دو" "روابط" reads روابط دو کشور.
    const pieces = [...row(100, ['کشور', ' ', 'دو', ' ', 'روابط']), ...row(120, ['پژوهش'])];
    expect(pageLines(pieces).map((l) => l.text)).toEqual(['پژوهش', 'روابط دو کشور']);
  });

  it('keeps a Latin run and its digits in order inside a right-to-left line, brackets mirrored', () => {
    // Drawn left to right: the closing bracket shows as "(" at the left, the Latin run in order.
    const pieces = row(100, ['است', ' ', '(', 'Masoumi', ' ', '2025', ')', ' ', 'مقاله']);
    expect(pageLines(pieces)[0]?.text).toBe('مقاله (Masoumi 2025) است');
  });

  it('adds a space where the gap shows one and groups pieces by baseline', () => {
    const pieces = [
      { str: 'inter', x: 10, y: 50, width: 25, size: 10 },
      { str: 'view', x: 40, y: 50.5, width: 20, size: 10 },
    ];
    expect(pageLines(pieces)[0]?.text).toBe('inter view');
  });
});

describe('joinLines', () => {
  const line = (text: string, y: number) => ({ text, y, size: 10, rtl: false });

  it('joins broken lines and hyphenated words, and breaks paragraphs on a larger gap', () => {
    const lines = [
      line('An inter-', 100),
      line('view of an hour', 88),
      line('becomes text.', 76),
      line('Next one.', 56),
    ];
    expect(joinLines(lines)).toEqual(['An interview of an hour becomes text.', 'Next one.']);
  });

  it('keeps a hyphen before a capital (a compound, not a broken word)', () => {
    expect(joinLines([line('Attride-', 100), line('Stirling wrote', 88)])).toEqual([
      'Attride- Stirling wrote',
    ]);
  });
});

describe('repeated lines', () => {
  it('finds a header and numbered footers on ≥ 60 % of pages, and removes them on request', () => {
    const text = 'Head\nbody one\nPage 1\nHead\nbody two\nPage 2\nbody three\nPage 3';
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const edges = [
      {
        page: 1,
        top: [{ text: 'Head', start: at('Head') }],
        bottom: [{ text: 'Page 1', start: at('Page 1') }],
      },
      {
        page: 2,
        top: [{ text: 'Head', start: at('Head', 5) }],
        bottom: [{ text: 'Page 2', start: at('Page 2') }],
      },
      {
        page: 3,
        top: [{ text: 'body three', start: at('body three') }],
        bottom: [{ text: 'Page 3', start: at('Page 3') }],
      },
    ];
    const found = findRepeatedLines(edges);
    expect(found.map((f) => [f.text, f.position, f.ranges.length])).toEqual([
      ['Head', 'top', 2],
      ['Page 1', 'bottom', 3],
    ]);
    expect(removeRepeatedLines(text, found)).toBe('body one\nbody two\nbody three\n');
    expect(lineKey('صفحهٔ ۱۲')).toBe(lineKey('صفحهٔ 3'));
  });
});
