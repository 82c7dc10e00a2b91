import { useCallback } from 'react';
import { parseCsv } from '../../shared/analysis/csv';
import { planAttributeImport } from '../../shared/cases/csv-import-plan';
import type { CasesImportOutcome } from '../../shared/db/cases-import-repo';
import { ok, type Result } from '../../shared/model/snapshot';
import { useProjectStore } from './use-project-store';

export interface ImportReport extends CasesImportOutcome {
  readonly rowsSkipped: number;
  readonly columnsSkipped: number;
}

/**
 * Imports case attributes from CSV text: missing attributes (types guessed), new options, new
 * cases and every value, as ONE transaction and one undo step. The report comes back only once
 * all of it is written; a failure leaves nothing.
 */
export type ImportProgress = (written: number, total: number) => void;

export function useCasesImport(): (
  csvText: string,
  onProgress?: ImportProgress,
) => Promise<Result<ImportReport>> {
  const store = useProjectStore();
  return useCallback(
    async (csvText: string, onProgress?: ImportProgress) => {
      const parsed = parseCsv(csvText);
      if (!parsed.ok) return parsed;
      const state = store.getState();
      const planned = planAttributeImport(parsed.data, state.cases, state.attributes);
      if (!planned.ok) return planned;
      const done = await store.importCases(planned.data, onProgress);
      if (!done.ok) return done; // the store's failure as it is, code and all
      return ok({
        ...done.data,
        rowsSkipped: planned.data.skippedRows.length,
        columnsSkipped: planned.data.skippedColumns.length,
      });
    },
    [store],
  );
}
