import { useCallback } from 'react';
import { toCsv, type Table } from '../../shared/export';
import type { Result } from '../../shared/model/snapshot';
import { getPlatform, type SaveOutcome } from '../platform/bridge';
import type { RetrievalRow } from './use-retrieval';

/** The headers of the retrieval CSV, in the interface language. */
export interface RetrievalColumns {
  readonly document: string;
  readonly case: string;
  readonly codes: string;
  readonly start: string;
  readonly end: string;
  readonly passage: string;
  readonly before: string;
  readonly after: string;
  readonly memo: string;
}

/** The rows as a table: the passage text itself, its context and where it sits (UTF-16 offsets). */
export function retrievalTable(rows: readonly RetrievalRow[], columns: RetrievalColumns): Table {
  return {
    columns: [
      columns.document,
      columns.case,
      columns.codes,
      columns.start,
      columns.end,
      columns.passage,
      columns.before,
      columns.after,
      columns.memo,
    ],
    rows: rows.map((r) => [
      r.document.title,
      r.caseName ?? '',
      r.codeNames.join('; '),
      r.passage.start,
      r.passage.end,
      r.context?.match ?? '',
      r.context?.before ?? '',
      r.context?.after ?? '',
      r.passage.memos.join(' | '),
    ]),
  };
}

/** Saves the rows as CSV (UTF-8 with BOM, formula-like cells neutralized) through the platform. */
export function useRetrievalExport(): (
  rows: readonly RetrievalRow[],
  columns: RetrievalColumns,
  fileName: string,
) => Promise<Result<SaveOutcome>> {
  return useCallback(
    (rows, columns, fileName) =>
      getPlatform().saveFile(fileName, toCsv(retrievalTable(rows, columns)), [
        { name: 'CSV', extensions: ['csv'] },
      ]),
    [],
  );
}
