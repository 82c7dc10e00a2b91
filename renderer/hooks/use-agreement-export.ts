import { useCallback } from 'react';
import type { Table } from '../../shared/export';
import { toCsv } from '../../shared/export';
import type { Result } from '../../shared/model/snapshot';
import { getPlatform, type SaveOutcome } from '../platform/bridge';

export interface AgreementSheet {
  readonly name: string;
  readonly table: Table;
}

/**
 * Saves the agreement tables the panel shows: CSV of the first (per code, with the pooled row),
 * or XLSX with one sheet per table. The spreadsheet library loads only when XLSX is asked for.
 */
export function useAgreementExport(): (
  format: 'csv' | 'xlsx',
  sheets: readonly AgreementSheet[],
  fileName: string,
  rtl: boolean,
) => Promise<Result<SaveOutcome>> {
  return useCallback(async (format, sheets, fileName, rtl) => {
    if (format === 'csv') {
      const first = sheets[0]?.table ?? { columns: [], rows: [] };
      return getPlatform().saveFile(`${fileName}.csv`, toCsv(first), [
        { name: 'CSV', extensions: ['csv'] },
      ]);
    }
    const { toXlsx } = await import('../../shared/export/xlsx');
    const data = await toXlsx(
      sheets.map((s) => ({ name: s.name, columns: s.table.columns, rows: s.table.rows, rtl })),
      { rtl },
    );
    return getPlatform().saveFile(`${fileName}.xlsx`, data, [
      { name: 'Excel', extensions: ['xlsx'] },
    ]);
  }, []);
}
