import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildProject, buildSnapshot } from '../../shared/db/test-builders';
import { parseCsv } from '../../shared/export/csv';
import { isExportRequest } from '../../shared/worker-protocol';
import { exportRequestFor, renderExport } from './use-exchange';

// Issue 13.8: an export made in the Persian interface is Persian (sheet names, headings, the
// About sheet), whatever the project's language. The panel passes the interface language in
// the request; the worker hands it to the renderer.
const choice = {
  table: 'matrix' as const,
  report: { themeIds: [], caseIds: [], includePassages: false, locale: 'en' as const },
  locale: 'fa' as const,
};

async function workbook(bytes: string | Uint8Array): Promise<ExcelJS.Workbook> {
  if (typeof bytes === 'string') throw new Error('expected bytes');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('the interface language reaches the table exports', () => {
  it('is carried by the XLSX and CSV requests only, and checked by the protocol', () => {
    expect(exportRequestFor('xlsx', choice)).toEqual({ kind: 'xlsx', locale: 'fa' });
    expect(exportRequestFor('csv', choice)).toEqual({ kind: 'csv', table: 'matrix', locale: 'fa' });
    expect(exportRequestFor('qdpx', choice)).toEqual({ kind: 'qdpx' });
    expect(isExportRequest(exportRequestFor('xlsx', choice))).toBe(true);
    expect(isExportRequest({ kind: 'xlsx', locale: 'de' })).toBe(false);
  });

  it('writes a Persian workbook for an English project exported from the Persian interface', async () => {
    const snapshot = buildSnapshot({ project: buildProject({ language: 'en' }) });
    const wb = await workbook(
      await renderExport(snapshot, exportRequestFor('xlsx', choice), '1.0'),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'فراوانی',
      'ماتریس کد-سند',
      'کتاب کد',
      'درباره',
    ]);
    expect(wb.getWorksheet('درباره')!.getRow(1).values).toEqual([undefined, 'ویژگی', 'مقدار']);
    // The same project from the English interface stays English.
    const en = await workbook(
      await renderExport(snapshot, exportRequestFor('xlsx', { ...choice, locale: 'en' }), '1.0'),
    );
    expect(en.worksheets.at(-1)?.name).toBe('About');
  });

  it('heads the CSV in the interface language', async () => {
    const snapshot = buildSnapshot({ project: buildProject({ language: 'en' }) });
    const csv = await renderExport(snapshot, exportRequestFor('csv', choice), '1.0');
    expect(parseCsv(String(csv))[0]?.slice(0, 2)).toEqual(['سطح', 'مسیر']);
  });
});
