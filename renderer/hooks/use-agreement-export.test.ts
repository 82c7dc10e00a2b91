import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { agreementXlsx } from './use-agreement-export';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

const sheets = [
  { name: 'به تفکیک کد', table: { columns: ['کد', 'درصد توافق'], rows: [['اعتماد', 87.5]] } },
];

describe('agreementXlsx', () => {
  it('writes the About sheet in Persian from the Persian interface (13.8)', async () => {
    const wb = await open(await agreementXlsx(sheets, true, 'fa'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['به تفکیک کد', 'درباره']);
    const about = wb.getWorksheet('درباره')!;
    expect(about.getRow(1).values).toEqual([undefined, 'ویژگی', 'مقدار']);
    expect(about.views[0]).toMatchObject({ rightToLeft: true });
    // The figure stays a number (a spreadsheet shows it in its own digits), one decimal.
    const cell = wb.getWorksheet('به تفکیک کد')!.getCell('B2');
    expect(cell.value).toBe(87.5);
    expect(cell.numFmt).toBe('0.0');
  });

  it('stays English from the English interface', async () => {
    const wb = await open(await agreementXlsx(sheets, false, 'en'));
    expect(wb.worksheets.at(-1)?.name).toBe('About');
  });
});
