import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '../export/table';
import { parseCsv, parseCsvRecords, toCsv } from './csv';

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
  it('fails on an unclosed quote, a stray quote or text after a closing quote, with the line', () => {
    expect(parseCsv('x\na,"b\n')).toMatchObject({
      error: { code: 'csv.unclosedQuote', params: { line: 3 } },
    });
    expect(parseCsv('a,b"c"\n')).toEqual({
      ok: false,
      reason: 'CSV line 1: a quote inside an unquoted cell ("b")',
      error: { code: 'csv.quoteInCell', params: { line: 1, cell: 'b' } },
    });
    expect(parseCsv('a\n"b"c\n')).toMatchObject({
      error: { code: 'csv.textAfterQuote', params: { line: 2 } },
    });
  });
  it('refuses an empty table and names a missing column among those present', () => {
    expect(parseCsvRecords('')).toMatchObject({ error: { code: 'csv.empty', params: {} } });
    expect(parseCsvRecords('id, name\n1,a\n', ['id', 'case'])).toMatchObject({
      error: { code: 'csv.missingColumn', params: { column: 'case', columns: ['id', 'name'] } },
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
