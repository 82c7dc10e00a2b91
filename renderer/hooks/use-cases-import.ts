import { useCallback } from 'react';
import { validateAttributeValue } from '../../shared/db/attribute-values';
import { parseCsv } from '../../shared/analysis/csv';
import type { AttributeValue, CaseId } from '../../shared/model';
import { ok, type Result } from '../../shared/model/snapshot';
import { matchKey, planAttributeImport } from '../views/cases/csv-import-plan';
import { useProjectStore } from './use-project-store';

export interface ImportReport {
  readonly attributesCreated: readonly string[];
  readonly casesCreated: number;
  readonly casesUpdated: number;
  readonly rowsSkipped: number;
  readonly columnsSkipped: number;
  /** Values that did not fit their column (e.g. letters in a number column). */
  readonly cellsSkipped: readonly {
    readonly caseName: string;
    readonly attribute: string;
    readonly value: string;
  }[];
}

/**
 * Imports case attributes from CSV text: creates missing attributes (types guessed) and cases,
 * then sets values through the store. Each step is its own undoable command.
 */
export function useCasesImport(): (csvText: string) => Promise<Result<ImportReport>> {
  const store = useProjectStore();
  return useCallback(
    async (csvText: string) => {
      const parsed = parseCsv(csvText);
      if (!parsed.ok) return parsed;
      const start = store.getState();
      const planned = planAttributeImport(parsed.data, start.cases, start.attributes);
      if (!planned.ok) return planned;
      const plan = planned.data;
      for (const a of plan.newAttributes) {
        const r = await store.createAttribute(a);
        if (!r.ok) return r; // the store's failure as it is, code and all
      }
      for (const o of plan.newOptions) {
        const r = await store.updateAttribute(o.id, { options: o.options });
        if (!r.ok) return r; // the store's failure as it is, code and all
      }
      for (const name of plan.newCases) {
        const r = await store.createCase({ name });
        if (!r.ok) return r; // the store's failure as it is, code and all
      }
      const state = store.getState();
      const attrs = new Map(state.attributes.map((a) => [matchKey(a.name), a]));
      const cases = new Map(state.cases.map((c) => [matchKey(c.name), c.id]));
      const cellsSkipped: ImportReport['cellsSkipped'][number][] = [];
      let updated = 0;
      for (const row of plan.rows) {
        const id = cases.get(matchKey(row.caseName)) as CaseId | undefined;
        if (!id) continue;
        const values: Record<string, AttributeValue> = {};
        for (const [name, raw] of Object.entries(row.values)) {
          const attr = attrs.get(matchKey(name));
          const v = attr ? validateAttributeValue(attr, raw) : null;
          if (attr && v?.ok) values[attr.id] = v.data;
          else cellsSkipped.push({ caseName: row.caseName, attribute: name, value: raw });
        }
        if (Object.keys(values).length === 0) continue;
        const r = await store.updateCase(id, { values });
        if (r.ok) updated++;
      }
      return ok({
        attributesCreated: plan.newAttributes.map((a) => a.name),
        casesCreated: plan.newCases.length,
        casesUpdated: updated,
        rowsSkipped: plan.skippedRows.length,
        columnsSkipped: plan.skippedColumns.length,
        cellsSkipped,
      });
    },
    [store],
  );
}
