import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import type { ProjectSnapshot } from '../model/snapshot';
import { parseCsv, toCsv } from './csv';
import { tablesForProject, tablesToXlsx } from './tables-for-project';

function study(): ProjectSnapshot {
  const r = loadProjectDir(azerbaijanFiles());
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

describe('tablesForProject', () => {
  it('builds the frequency table, matrix and codebook from the codings', () => {
    const s = study();
    const tables = tablesForProject(s, { locale: 'en' });
    expect(tables.map((t) => t.id)).toEqual(['frequency', 'matrix', 'codebook']);
    const freq = tables[0]?.table;
    const globals = freq?.rows.filter((r) => r[0] === 'Global theme');
    expect(globals?.map((r) => [r[2], r[3], r[4]])).toEqual([
      ['انگیزشی', 16, 166],
      ['محیطی', 16, 141],
    ]);
    expect(freq?.rows.at(-1)).toEqual(['Total', null, null, 16, 307, 100, null]);
    expect(globals?.[0]?.[5]).toBe(54.1);
    const matrix = tables[1]?.table;
    expect(matrix?.columns).toHaveLength(2 + 16 + 1);
    // The matrix's row total of a global theme is its references.
    expect(matrix?.rows.find((r) => r[1] === 'انگیزشی')?.at(-1)).toBe(166);
    const codebook = tables[2]?.table;
    expect(codebook?.rows).toHaveLength(s.codes.length);
    expect(codebook?.rows[0]?.[3]).toBe('Motivational');
  });

  it('writes an XLSX with one right-to-left sheet per table, Persian intact', async () => {
    const s = study();
    const tables = tablesForProject(s);
    const book = await readBook(await tablesToXlsx(tables, true, { projectName: s.project.name }));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'فراوانی',
      'ماتریس کد-سند',
      'کتاب کد',
      'درباره',
    ]);
    const sheet = book.getWorksheet('فراوانی');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
    expect(sheet.getRow(1).getCell(1).value).toBe('سطح');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'مضمون فراگیر',
      'انگیزشی',
      'انگیزشی',
      16,
      166,
      54.1,
      54.1,
    ]);
    const names = sheet.getColumn(3).values;
    expect(names).toContain('محیطی');
    const row141 = sheet
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[3] === 'محیطی') as unknown[];
    expect(row141?.[5]).toBe(141);
  });

  it('neutralizes formula-like cells in CSV; XLSX keeps them as text, never formulas', async () => {
    const s = study();
    const evil = {
      ...s,
      codes: s.codes.map((c, i) => (i === 0 ? { ...c, name: '=HYPERLINK("x")' } : c)),
    };
    const tables = tablesForProject(evil, { locale: 'en', tables: ['frequency'] });
    const csv = toCsv(tables[0]?.table ?? { columns: [], rows: [] });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)[1]?.[2]).toBe(`'=HYPERLINK("x")`);
    const bytes = await tablesToXlsx(tables, false);
    const book = await readBook(bytes);
    const cell = book.worksheets[0]?.getRow(2).getCell(3);
    expect(cell?.value).toBe(`=HYPERLINK("x")`);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    // And in the file itself: a shared string, no formula element anywhere in the sheet.
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheetXml).toContain('<c r="C2"');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    expect(book.worksheets[0]?.views[0]?.rightToLeft).toBe(false);
  });
});
