// Importing a table of cases and attribute values (a planned CSV, shared/cases/csv-import-plan.ts)
// as ONE transaction: attributes, their new options, new cases and every value land together or
// not at all. One step per case (as before) took a minute for 70 rows on a busy machine, showed
// its summary while values were still being written, and a window closed mid-way kept 9 of 70.
import type { ImportPlan } from '../cases/csv-import-plan';
import { matchKey } from '../cases/csv-import-plan';
import type { Failure, Result } from '../model/snapshot';
import { ok } from '../model/snapshot';
import type { Attribute, AttributeValue, Case } from '../model/types';
import type { CaseId, ProjectId } from '../model/ids';
import { validateAttributeValue } from './attribute-values';
import { createAttribute, updateAttribute } from './attributes-repo';
import { createCase, updateCase } from './cases-repo';
import { concatChanges, type ChangeSet, type Changed } from './changes';
import type { MazmunDb } from './database';
import { rowToAttribute } from './mappers';

export interface CasesImportOutcome {
  readonly attributesCreated: readonly string[];
  readonly casesCreated: number;
  readonly casesUpdated: number;
  /** Values that did not fit their column (e.g. letters in a number column). */
  readonly cellsSkipped: readonly {
    readonly caseName: string;
    readonly attribute: string;
    readonly value: string;
  }[];
}

/** Thrown inside the transaction so Dexie rolls every step back; caught below as a Result. */
class Abort extends Error {
  constructor(readonly failure: Failure) {
    super('aborted');
  }
}

function must<T>(r: Result<Changed<T>>): Changed<T> {
  if (!r.ok) throw new Abort(r);
  return r.data;
}

/** Values of one planned row, typed by their attributes; the cells that do not fit, apart. */
function typedValues(
  row: ImportPlan['rows'][number],
  attributes: ReadonlyMap<string, Attribute>,
  skipped: CasesImportOutcome['cellsSkipped'][number][],
): Record<string, AttributeValue> {
  const values: Record<string, AttributeValue> = {};
  for (const [name, raw] of Object.entries(row.values)) {
    const attr = attributes.get(matchKey(name));
    const v = attr ? validateAttributeValue(attr, raw) : null;
    if (attr && v?.ok) values[attr.id] = v.data;
    else skipped.push({ caseName: row.caseName, attribute: name, value: raw });
  }
  return values;
}

export async function importCasesFromPlan(
  db: MazmunDb,
  projectId: ProjectId,
  plan: ImportPlan,
  /** Told after each row is written, inside the transaction (a progress bar; nothing is final). */
  onProgress?: (written: number, total: number) => void,
): Promise<Result<Changed<CasesImportOutcome>>> {
  try {
    return await db.transaction('rw', [db.projects, db.attributes, db.cases], async () => {
      let changes: ChangeSet = {};
      const add = <T>(c: Changed<T>): T => {
        changes = concatChanges(changes, c.changes);
        return c.value;
      };
      for (const a of plan.newAttributes) add(must(await createAttribute(db, projectId, a)));
      for (const o of plan.newOptions) {
        add(must(await updateAttribute(db, o.id, { options: o.options })));
      }
      // Read back inside the transaction: the attributes as they are now, new ones included.
      const attributeRows = await db.attributes.where('projectId').equals(projectId).toArray();
      const attributes = new Map(
        attributeRows.map((r) => [matchKey(r.name), rowToAttribute(r)] as const),
      );
      const caseRows = await db.cases.where('projectId').equals(projectId).toArray();
      const cases = new Map(caseRows.map((c) => [matchKey(c.name), c.id as CaseId]));
      const cellsSkipped: CasesImportOutcome['cellsSkipped'][number][] = [];
      const newCases = new Set(plan.newCases.map(matchKey));
      let created = 0;
      let updated = 0;
      let written = 0;
      for (const row of plan.rows) {
        const values = typedValues(row, attributes, cellsSkipped);
        const existing = cases.get(matchKey(row.caseName));
        if (!existing && newCases.has(matchKey(row.caseName))) {
          add(must<Case>(await createCase(db, projectId, { name: row.caseName, values })));
          created++;
        } else if (existing && Object.keys(values).length > 0) {
          add(must<Case>(await updateCase(db, existing, { values })));
          updated++;
        }
        onProgress?.(++written, plan.rows.length);
      }
      const value: CasesImportOutcome = {
        attributesCreated: plan.newAttributes.map((a) => a.name),
        casesCreated: created,
        casesUpdated: updated,
        cellsSkipped,
      };
      return ok({ value, changes });
    });
  } catch (e) {
    if (e instanceof Abort) return e.failure;
    throw e;
  }
}
