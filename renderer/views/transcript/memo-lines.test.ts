import { describe, expect, it } from 'vitest';
import { firstWords, groupByLine } from './memo-lines';

describe('groupByLine', () => {
  it('puts marks whose tops agree within 2 px on one line, lines top to bottom', () => {
    const marks = [
      { id: 'c', top: 70 },
      { id: 'a', top: 10 },
      { id: 'b', top: 11.5 },
    ];
    const lines = groupByLine(marks, (m) => m.top);
    expect(lines.map((l) => [l.top, l.marks.map((m) => m.id)])).toEqual([
      [10, ['a', 'b']],
      [70, ['c']],
    ]);
  });

  it('keeps the given (text) order inside a line', () => {
    const marks = [
      { id: 'first', top: 40 },
      { id: 'second', top: 40 },
      { id: 'third', top: 39 },
    ];
    expect(groupByLine(marks, (m) => m.top)[0]!.marks.map((m) => m.id)).toEqual([
      'third',
      'first',
      'second',
    ]);
  });

  it('puts marks not measured yet on the fallback line', () => {
    const lines = groupByLine([{ top: null }, { top: 30 }], (m) => m.top, 30);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.top).toBe(30);
  });

  it('separates lines 3 px apart', () => {
    expect(groupByLine([{ top: 0 }, { top: 3 }], (m) => m.top)).toHaveLength(2);
  });
});

describe('firstWords', () => {
  it('keeps short memos whole and shortens long ones with an ellipsis', () => {
    expect(firstWords('  Said   twice ')).toBe('Said twice');
    expect(firstWords('a b c d e f g h i j', 3)).toBe('a b c…');
    expect(firstWords('این گفته دو بار آمد', 2)).toBe('این گفته…');
  });
});
