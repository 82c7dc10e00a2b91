import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TABLE_FORMAT_VERSION } from './table';
import { ABOUT_SHEET_NAME, ONE_DECIMAL, aboutSheetName, safeSheetName, toXlsx } from './xlsx';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('toXlsx', () => {
  it('writes one sheet per table plus About, with values, RTL view, frozen bold header', async () => {
    const bytes = await toXlsx(
      [
        {
          name: 'جدول ۱',
          columns: ['مضمون پایه', 'منابع', 'ارجاعات'],
          rows: [
            ['گفت‌وگوی رسمی', 12, 30],
            ['=cmd|/C calc', 1, null],
          ],
          rtl: true,
        },
        { name: 'Codes', columns: ['code', 'share'], rows: [['x', 0.25]] },
      ],
      { appVersion: '0.1.0', projectName: 'نمونه', exportedAt: Date.UTC(2025, 0, 2) },
    );
    const wb = await open(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['جدول ۱', 'Codes', ABOUT_SHEET_NAME]);
    const fa = wb.getWorksheet('جدول ۱')!;
    expect(fa.getRow(1).values).toEqual([undefined, 'مضمون پایه', 'منابع', 'ارجاعات']);
    expect(fa.getCell('A2').value).toBe('گفت‌وگوی رسمی');
    expect(fa.getCell('B2').value).toBe(12);
    // Written as text, not as a formula: no apostrophe needed (that is for CSV only).
    expect(fa.getCell('A3').value).toBe('=cmd|/C calc');
    expect(fa.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(fa.getCell('C3').value).toBeNull();
    expect(fa.getCell('A1').font?.bold).toBe(true);
    expect(fa.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
    expect(fa.getColumn(1).width).toBeGreaterThan(fa.getColumn(2).width!);
    expect(wb.getWorksheet('Codes')!.views[0]).toMatchObject({ rightToLeft: false });
    expect(wb.getWorksheet('Codes')!.getCell('B2').value).toBe(0.25);
    const about = wb.getWorksheet(ABOUT_SHEET_NAME)!;
    const pairs = Object.fromEntries(
      about
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1, 3)),
    );
    expect(pairs).toMatchObject({
      format: 'mazmun-tables',
      formatVersion: TABLE_FORMAT_VERSION,
      appVersion: '0.1.0',
      project: 'نمونه',
      exportedAt: '2025-01-02T00:00:00.000Z',
      sheets: 2,
    });
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>(['about']);
    expect(safeSheetName('a/b:c', taken)).toBe('a b c');
    expect(safeSheetName('A/B:C', taken)).toBe('A B C (2)');
    expect(safeSheetName('About', taken)).toBe('About (2)');
    expect(safeSheetName('x'.repeat(40), taken)).toHaveLength(31);
  });
});

describe('toXlsx: numbers and names of a Persian export', () => {
  it('names the About sheet in the export language', async () => {
    const wb = await open(
      await toXlsx([{ name: 'فراوانی', columns: ['a'], rows: [[1]] }], { locale: 'fa' }),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['فراوانی', 'درباره']);
    expect(aboutSheetName()).toBe('About');
  });

  it('keeps numbers numeric and shows a fractional column with one decimal', async () => {
    const wb = await open(
      await toXlsx([
        {
          name: 'T',
          columns: ['theme', 'refs', '%'],
          rows: [
            ['a', 166, 54.1],
            ['b', 141, 45.9],
            ['c', 0, 50],
          ],
        },
      ]),
    );
    const sheet = wb.getWorksheet('T')!;
    expect(sheet.getCell('C2').value).toBe(54.1);
    expect(sheet.getCell('C2').numFmt).toBe(ONE_DECIMAL);
    // 50 in a column of fractions shows as 50.0 too.
    expect(sheet.getCell('C4').numFmt).toBe(ONE_DECIMAL);
    // Whole counts keep Excel's general format.
    expect(sheet.getCell('B2').numFmt ?? 'General').not.toBe(ONE_DECIMAL);
    // The header is not a number: no format on it.
    expect(sheet.getCell('C1').numFmt ?? 'General').not.toBe(ONE_DECIMAL);
  });

  it('keeps sheet names within Excel’s rules', () => {
    const taken = new Set<string>();
    // 40 characters with all the forbidden ones: at most 31, none of []:*?/\ left.
    const name = safeSheetName('ماتریس [کد]:سند*؟?/\\ بسیار بلند برای اکسل', taken);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  });
});
