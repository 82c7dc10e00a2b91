import { describe, expect, it } from 'vitest';
import { neutralizeCell, parseCsv, parseCsvRecords, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads quotes, embedded commas and line breaks, CRLF and a BOM', () => {
    const r = parseCsv('\ufeffa,"b, ""c""",d\r\n"x\ny",,z\r\n');
    expect(r).toEqual({
      ok: true,
      data: [
        ['a', 'b, "c"', 'd'],
        ['x\ny', '', 'z'],
      ],
    });
  });
  it('keeps a last row without a line break and an empty quoted cell', () => {
    expect(parseCsv('a,""\nb,c')).toEqual({
      ok: true,
      data: [
        ['a', ''],
        ['b', 'c'],
      ],
    });
  });
  it('fails on an unclosed quote or a stray quote', () => {
    expect(parseCsv('a,"b\n').ok).toBe(false);
    expect(parseCsv('a,b"c"\n')).toEqual({
      ok: false,
      reason: 'CSV line 1: a quote inside an unquoted cell ("b")',
    });
  });
  it('maps records by header and skips blank lines', () => {
    const r = parseCsvRecords('id,name\n1,علی\n\n2\n', ['id']);
    expect(r.ok && r.data.records).toEqual([
      { id: '1', name: 'علی' },
      { id: '2', name: '' },
    ]);
  });
});

describe('toCsv', () => {
  it('round-trips through parseCsv and neutralizes formulas', () => {
    const rows = [
      ['=SUM(A1)', 'a,"b"', 'ساده'],
      [3, '-2', '@x'],
    ];
    const text = toCsv(rows, { bom: true });
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(parseCsv(text)).toEqual({
      ok: true,
      data: [
        ["'=SUM(A1)", 'a,"b"', 'ساده'],
        ['3', "'-2", "'@x"],
      ],
    });
    expect(neutralizeCell('+1')).toBe("'+1");
    expect(neutralizeCell('1+')).toBe('1+');
  });
});
