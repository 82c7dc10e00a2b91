// The Words tab's CSV: the same rows as its table, saved through the platform (UTF-8 with BOM,
// formula-like cells neutralized by shared/export/csv.ts).
import { useCallback } from 'react';
import type { WordRow } from '../../shared/analysis/word-frequency';
import { wordsTable, type WordColumns } from '../../shared/analysis/word-frequency-table';
import { toCsv } from '../../shared/export';
import type { Result } from '../../shared/model/snapshot';
import { getPlatform, type SaveOutcome } from '../platform/bridge';

export function useWordsExport(): (
  rows: readonly WordRow[],
  columns: WordColumns,
  fileName: string,
) => Promise<Result<SaveOutcome>> {
  return useCallback(
    (rows, columns, fileName) =>
      getPlatform().saveFile(fileName, toCsv(wordsTable(rows, columns)), [
        { name: 'CSV', extensions: ['csv'] },
      ]),
    [],
  );
}
