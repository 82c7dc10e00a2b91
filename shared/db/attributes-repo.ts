import { refuse } from '../errors';
import { newId, type AttributeId, type ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Attribute, AttributeType, Calendar, Case } from '../model/types';
import { type Changed, type RowChange, touchInTx } from './changes';
import type { MazmunDb } from './database';
import { attributeToRow, caseToRow, rowToAttribute, rowToCase } from './mappers';

export interface NewAttribute {
  readonly name: string;
  readonly type: AttributeType;
  /** For 'category': the allowed values in display order. */
  readonly options?: readonly string[];
  /** For 'year': defaults to 'solar-hijri' when the project language is Persian, else Gregorian. */
  readonly calendar?: Calendar;
  readonly id?: AttributeId;
}

export type AttributePatch = Partial<Pick<Attribute, 'name' | 'options' | 'calendar' | 'order'>>;

export async function listAttributes(db: MazmunDb, projectId: ProjectId): Promise<Attribute[]> {
  const rows = await db.attributes.where('projectId').equals(projectId).toArray();
  return rows.map(rowToAttribute).sort((a, b) => a.order - b.order);
}

export async function createAttribute(
  db: MazmunDb,
  projectId: ProjectId,
  input: NewAttribute,
): Promise<Result<Changed<Attribute>>> {
  const name = input.name.trim();
  if (!name) return refuse('db.attributeNeedsName');
  return db.transaction('rw', [db.projects, db.attributes], async () => {
    const project = await db.projects.get(projectId);
    if (!project) return refuse('db.projectGone');
    const existing = await db.attributes.where('projectId').equals(projectId).toArray();
    if (existing.some((a) => a.name === name)) return refuse('db.attributeExists', { name });
    const attribute: Attribute = {
      id: input.id ?? newId<'AttributeId'>(),
      projectId,
      name,
      type: input.type,
      options: input.type === 'category' ? [...new Set(input.options ?? [])] : [],
      calendar:
        input.type === 'year'
          ? (input.calendar ?? (project.language === 'fa' ? 'solar-hijri' : 'gregorian'))
          : null,
      order: existing.reduce((m, a) => Math.max(m, a.order + 1), 0),
    };
    await db.attributes.add(attributeToRow(attribute));
    await touchInTx(db, projectId);
    return ok({ value: attribute, changes: { attributes: [{ before: null, after: attribute }] } });
  });
}

/** Renames, reorders, or changes a category's options or a year's calendar. */
export async function updateAttribute(
  db: MazmunDb,
  id: AttributeId,
  patch: AttributePatch,
): Promise<Result<Changed<Attribute>>> {
  if (patch.name !== undefined && !patch.name.trim()) return refuse('db.attributeNeedsName');
  return db.transaction('rw', [db.projects, db.attributes], async () => {
    const row = await db.attributes.get(id);
    if (!row) return refuse('db.attributeGone');
    const before = rowToAttribute(row);
    const after: Attribute = {
      ...before,
      ...patch,
      name: (patch.name ?? before.name).trim(),
      options: before.type === 'category' ? [...new Set(patch.options ?? before.options)] : [],
      calendar: before.type === 'year' ? (patch.calendar ?? before.calendar) : null,
    };
    await db.attributes.put(attributeToRow(after));
    await touchInTx(db, before.projectId);
    return ok({ value: after, changes: { attributes: [{ before, after }] } });
  });
}

export function renameAttribute(db: MazmunDb, id: AttributeId, name: string) {
  return updateAttribute(db, id, { name });
}

/** Deletes an attribute column and its value in every case, in one transaction. */
export async function deleteAttribute(
  db: MazmunDb,
  id: AttributeId,
): Promise<Result<Changed<Attribute>>> {
  return db.transaction('rw', [db.projects, db.attributes, db.cases], async () => {
    const row = await db.attributes.get(id);
    if (!row) return refuse('db.attributeGone');
    const attribute = rowToAttribute(row);
    const caseChanges: RowChange<Case>[] = [];
    for (const c of (await db.cases.where('projectId').equals(row.projectId).toArray()).map(
      rowToCase,
    )) {
      if (!(id in c.values)) continue;
      const { [id]: _dropped, ...values } = c.values;
      caseChanges.push({ before: c, after: { ...c, values } });
    }
    await db.cases.bulkPut(caseChanges.map((c) => caseToRow(c.after as Case)));
    await db.attributes.delete(id);
    await touchInTx(db, row.projectId);
    return ok({
      value: attribute,
      changes: { cases: caseChanges, attributes: [{ before: attribute, after: null }] },
    });
  });
}
