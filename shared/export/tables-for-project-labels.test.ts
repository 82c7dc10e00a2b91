import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildCase,
  buildCode,
  buildCoding,
  buildDocument,
  buildProject,
} from '../db/test-builders';
import { parseCsv, toCsv } from './csv';
import { tablesForProject, tablesToXlsx } from './tables-for-project';

// A project as the database hands it over: documents in key order (random ids), not the
// order the app lists them. Four interviews made at once, so the titles' numbers order them.
function project() {
  const p = buildProject({ language: 'fa' });
  const zarif = buildCase({ projectId: p.id, name: 'دکتر محمدجواد ظریف' });
  const bahrami = buildCase({ projectId: p.id, name: 'محمدباقر بهرامی' });
  const at = Date.UTC(2025, 0, 1);
  const d5 = buildDocument({
    projectId: p.id,
    title: '5. بهرامی',
    caseId: bahrami.id,
    createdAt: at,
  });
  const d13 = buildDocument({ projectId: p.id, title: '13. بی‌نام', createdAt: at });
  const d11 = buildDocument({
    projectId: p.id,
    title: '11. نشست',
    label: 'نشست باکو',
    createdAt: at,
  });
  const d6 = buildDocument({ projectId: p.id, title: '6. ظریف', caseId: zarif.id, createdAt: at });
  // Made a day earlier: first, whatever its title says.
  const d20 = buildDocument({ projectId: p.id, title: '20. پیشین', createdAt: at - 86_400_000 });
  const code = buildCode({ projectId: p.id, name: 'اعتماد' });
  const codings = [d5, d5, d13, d6].map((d, i) =>
    buildCoding({
      projectId: p.id,
      documentId: d.id,
      codeId: code.id,
      start: i * 10,
      end: i * 10 + 5,
    }),
  );
  return {
    project: p,
    codes: [code],
    codings,
    documents: [d5, d13, d11, d6, d20],
    cases: [zarif, bahrami],
  };
}

describe('the code-document matrix names documents by their source labels', () => {
  it('in the app order: oldest first, then titles in natural order', () => {
    const [matrix] = tablesForProject(project(), { tables: ['matrix'], locale: 'fa' });
    // 20. (a day older), then 5., 6., 11., 13.; labels: no case → running number in Persian
    // digits (20. is the first without a case, 13. the second), a case's name, an own label.
    expect(matrix?.table.columns).toEqual([
      'سطح',
      'مسیر',
      '۱',
      'محمدباقر بهرامی',
      'دکتر محمدجواد ظریف',
      'نشست باکو',
      '۲',
      'جمع',
    ]);
    // The counts move with their columns: two codings in 5., one in 6. and one in 13.
    expect(matrix?.table.rows[0]).toEqual(['مضمون پایه', 'اعتماد', 0, 2, 1, 0, 1, 4]);
  });

  it('writes the same headers into the CSV, Latin running numbers in English', () => {
    const [matrix] = tablesForProject(project(), { tables: ['matrix'], locale: 'en' });
    const header = parseCsv(toCsv(matrix!.table))[0];
    expect(header).toEqual([
      'Level',
      'Path',
      '1',
      'محمدباقر بهرامی',
      'دکتر محمدجواد ظریف',
      'نشست باکو',
      '2',
      'Total',
    ]);
  });
});

describe('a Persian XLSX is Persian throughout', () => {
  async function book(locale?: 'fa' | 'en'): Promise<ExcelJS.Workbook> {
    const tables = tablesForProject(project(), locale ? { locale } : {});
    const bytes = await tablesToXlsx(tables, true, { projectName: 'نمونه' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    return wb;
  }

  it('names the About sheet and its headings in the tables language', async () => {
    const wb = await book('fa');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'فراوانی',
      'ماتریس کد-سند',
      'کتاب کد',
      'درباره',
    ]);
    const about = wb.getWorksheet('درباره')!;
    expect(about.getRow(1).values).toEqual([undefined, 'ویژگی', 'مقدار']);
    expect(about.getColumn(1).values.slice(2)).toEqual([
      'قالب',
      'نسخهٔ قالب',
      'زمان خروجی',
      'پروژه',
      'شمار برگه‌ها',
    ]);
    // Numbers stay numeric cells, which a spreadsheet shows in its reader's digits.
    expect(about.getCell('B6').value).toBe(3);
  });

  it('follows the project language when no locale is given, and English when asked', async () => {
    expect((await book()).worksheets.at(-1)?.name).toBe('درباره');
    const en = await book('en');
    expect(en.worksheets.map((w) => w.name)).toEqual([
      'Frequencies',
      'Code-document matrix',
      'Codebook',
      'About',
    ]);
    expect(en.getWorksheet('About')!.getRow(1).values).toEqual([undefined, 'key', 'value']);
  });
});

describe('a Persian CSV: Persian words, numbers for programs (docs/exports.md)', () => {
  it('writes Persian headings and Latin digits with a "." point', () => {
    const [freq] = tablesForProject(project(), { tables: ['frequency'], locale: 'fa' });
    const csv = toCsv(freq!.table);
    const [header, row] = parseCsv(csv);
    expect(header?.slice(0, 3)).toEqual(['سطح', 'مسیر', 'مضمون']);
    // One code, four codings in three of five documents: 3 sources, 4 references, 100 %.
    expect(row?.slice(2, 6)).toEqual(['اعتماد', '3', '4', '100']);
    expect(csv).not.toMatch(/[۰-۹٫٪]/);
  });
});
