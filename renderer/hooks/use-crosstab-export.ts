import { useCallback } from 'react';
import { toCsv, type Table } from '../../shared/export';
import type { Result } from '../../shared/model/snapshot';
import { getPlatform, type SaveOutcome } from '../platform/bridge';

/** Saves a crosstab or co-occurrence table as CSV (UTF-8 with BOM, cells neutralized). */
export function useCrosstabExport(): (
  table: Table,
  fileName: string,
) => Promise<Result<SaveOutcome>> {
  return useCallback(
    (table, fileName) =>
      getPlatform().saveFile(fileName, toCsv(table), [{ name: 'CSV', extensions: ['csv'] }]),
    [],
  );
}
