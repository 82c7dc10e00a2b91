import { describe, expect, it } from 'vitest';
import { pushRecent, rankCodes } from './rank-codes';

const codes = [
  { id: '1', name: 'همکاری اقتصادی' },
  { id: '2', name: 'امنیت مرزی' },
  { id: '3', name: 'اقتصاد انرژی' },
  { id: '4', name: 'Trust' },
  { id: '5', name: 'می‌خواهم' },
];

describe('rankCodes', () => {
  it('lists recent codes first when nothing is typed', () => {
    const r = rankCodes(codes, '', ['3', '5']);
    expect(r.codes.map((c) => c.id)).toEqual(['3', '5', '1', '2', '4']);
    expect(r.exact).toBe(false);
  });

  it('matches Arabic ي/ك and a lost half-space the Persian way', () => {
    // Typed with Arabic kaf and yeh and a plain space for the ZWNJ.
    expect(rankCodes(codes, 'همكاري', []).codes.map((c) => c.id)).toEqual(['1']);
    expect(rankCodes(codes, 'مي خواهم', []).codes.map((c) => c.id)).toEqual(['5']);
    expect(rankCodes(codes, 'مي خواهم', []).exact).toBe(true);
  });

  it('puts names starting with the query before names containing it', () => {
    expect(rankCodes(codes, 'اقتصاد', ['1']).codes.map((c) => c.id)).toEqual(['3', '1']);
  });

  it('puts the name typed in full before a recent longer name that starts with it', () => {
    const cases = [
      { id: 'a', name: 'مشارکت‌کننده ۱۱' },
      { id: 'b', name: 'مشارکت‌کننده ۱' },
      { id: 'c', name: 'مشارکت‌کننده ۱۰' },
    ];
    // 'a' is recent (the document's current case); typing the exact name of 'b' must win.
    expect(rankCodes(cases, 'مشارکت‌کننده ۱', ['a']).codes.map((c) => c.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('is case-insensitive and knows an exact name', () => {
    expect(rankCodes(codes, 'trust', []).exact).toBe(true);
    expect(rankCodes(codes, 'tru', []).exact).toBe(false);
    expect(rankCodes(codes, 'xyz', []).codes).toEqual([]);
  });
});

describe('pushRecent', () => {
  it('moves a code to the front and keeps at most nine', () => {
    expect(pushRecent(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    const many = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    expect(pushRecent(many, 'x')).toEqual(['x', '1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
