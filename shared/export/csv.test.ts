import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import { neutralizeCell } from './table';

describe('neutralizeCell', () => {
  it('prefixes formula starters with an apostrophe and leaves numbers alone', () => {
    expect(
      ['=cmd|x', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'safe', 'a=b', ''].map(neutralizeCell),
    ).toEqual(["'=cmd|x", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'safe', 'a=b', '']);
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(null)).toBeNull();
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends records with CRLF and quotes per RFC 4180', () => {
    const csv = toCsv({
      columns: ['مضمون', 'count'],
      rows: [
        ['a,b', 3],
        ['say "hi"', -1.5],
        ['two\nlines', null],
        ['=HYPERLINK("x")', 0],
        ['می‌خواهم', 16],
      ],
    });
    expect(csv).toBe(
      '\uFEFFمضمون,count\r\n"a,b",3\r\n"say ""hi""",-1.5\r\n"two\nlines",\r\n"\'=HYPERLINK(""x"")",0\r\nمی‌خواهم,16\r\n',
    );
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv wrote', () => {
    const table = {
      columns: ['کد', 'note'],
      rows: [
        ['a,b', 'x"y"'],
        ['line1\r\nline2', ''],
        ['😀 نیم‌فاصله', ' spaced '],
      ],
    };
    expect(parseCsv(toCsv(table))).toEqual([table.columns, ...table.rows]);
  });

  it('handles LF line ends, no final newline, empty fields and empty input', () => {
    expect(parseCsv('a,b\n1,\n,2')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
    expect(parseCsv('"x"\r"y"')).toEqual([['x'], ['y']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF""')).toEqual([['']]);
    expect(parseCsv('a,"unterminated\nstill')).toEqual([['a', 'unterminated\nstill']]);
  });

  it('reads the reference fixture with its Persian header', async () => {
    const { default: text } = await import('../../fixtures/reference/azerbaijan-table1.csv?raw');
    const rows = parseCsv(text);
    expect(rows.length).toBeGreaterThan(1);
    const width = rows[0]!.length;
    expect(rows.every((r) => r.length === width)).toBe(true);
  });
});
