import { useCallback } from 'react';
import type { Table } from '../../shared/export';
import { toCsv } from '../../shared/export';
import type { Result } from '../../shared/model/snapshot';
import { getPlatform, type SaveOutcome } from '../platform/bridge';
import { useI18n } from './use-i18n';

export interface AgreementSheet {
  readonly name: string;
  readonly table: Table;
}

/**
 * The agreement tables as one workbook: a sheet per table, and the About sheet in the
 * interface language (the panel names the other sheets in it already; issue 13.8). The
 * spreadsheet library loads only when called.
 */
export async function agreementXlsx(
  sheets: readonly AgreementSheet[],
  rtl: boolean,
  locale: 'en' | 'fa',
): Promise<Uint8Array> {
  const { toXlsx } = await import('../../shared/export/xlsx');
  return toXlsx(
    sheets.map((s) => ({ name: s.name, columns: s.table.columns, rows: s.table.rows, rtl })),
    { rtl, locale },
  );
}

/**
 * Saves the agreement tables the panel shows: CSV of the first (per code, with the pooled row),
 * or XLSX with one sheet per table.
 */
export function useAgreementExport(): (
  format: 'csv' | 'xlsx',
  sheets: readonly AgreementSheet[],
  fileName: string,
  rtl: boolean,
) => Promise<Result<SaveOutcome>> {
  const { locale } = useI18n();
  const lang = locale === 'fa' ? 'fa' : 'en';
  return useCallback(
    async (format, sheets, fileName, rtl) => {
      if (format === 'csv') {
        const first = sheets[0]?.table ?? { columns: [], rows: [] };
        return getPlatform().saveFile(`${fileName}.csv`, toCsv(first), [
          { name: 'CSV', extensions: ['csv'] },
        ]);
      }
      const data = await agreementXlsx(sheets, rtl, lang);
      return getPlatform().saveFile(`${fileName}.xlsx`, data, [
        { name: 'Excel', extensions: ['xlsx'] },
      ]);
    },
    [lang],
  );
}
