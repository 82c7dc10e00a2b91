// Document sets (issue 13.4): every write is one transaction and returns the rows it changed, so
// the store applies the same change to memory and undo writes its inverse back.
import { refuse, refuseWith } from '../errors';
import { type DocumentId, newId, type ProjectId } from '../model/ids';
import type { DocumentSet, SetId, SetKind, SetRule } from '../model/sets';
import { ok, type Result } from '../model/snapshot';
import { type Changed, elsewhereError, type RowChange, sameFields, touchInTx } from './changes';
import type { MazmunDb } from './database';
import { rowToSet, setToRow } from './sets-repo-rows';

export interface NewSet {
  readonly name: string;
  readonly kind: SetKind;
  /** Members of a manual set (ignored for a rule set). */
  readonly documentIds?: readonly DocumentId[];
  /** Required for a rule set. */
  readonly rule?: SetRule | null;
  readonly description?: string;
  readonly id?: SetId;
}

export interface SetPatch {
  readonly name?: string;
  readonly description?: string;
  /** Only for a rule set. */
  readonly rule?: SetRule;
}

const natural = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

export async function listSets(db: MazmunDb, projectId: ProjectId): Promise<DocumentSet[]> {
  const rows = await db.sets.where('projectId').equals(projectId).toArray();
  return rows.map(rowToSet).sort((a, b) => natural(a.name, b.name));
}

/** The set of this project with exactly this name (after trimming), if any. */
export async function findSetByName(
  db: MazmunDb,
  projectId: ProjectId,
  name: string,
): Promise<DocumentSet | undefined> {
  const rows = await db.sets.where('name').equals(name.trim()).toArray();
  const row = rows.find((r) => r.projectId === projectId);
  return row ? rowToSet(row) : undefined;
}

/** A rule with no condition, or a condition with no value, would match nothing or everything. */
function ruleUsable(rule: SetRule | null | undefined): rule is SetRule {
  return !!rule && rule.conditions.length > 0 && rule.conditions.every((c) => c.values.length > 0);
}

async function nameTaken(db: MazmunDb, projectId: ProjectId, name: string, except?: SetId) {
  const same = await db.sets.where('name').equals(name).toArray();
  return same.some((r) => r.projectId === projectId && r.id !== except);
}

const unique = (ids: readonly DocumentId[]) => [...new Set(ids)];

export async function createSet(
  db: MazmunDb,
  projectId: ProjectId,
  input: NewSet,
): Promise<Result<Changed<DocumentSet>>> {
  const name = input.name.trim();
  if (!name) return refuse('sets.needsName');
  if (input.kind === 'rule' && !ruleUsable(input.rule)) return refuse('sets.ruleEmpty');
  return db.transaction('rw', [db.projects, db.sets], async () => {
    if (await nameTaken(db, projectId, name)) return refuse('sets.nameTaken', { name });
    const set: DocumentSet = {
      id: input.id ?? newId<'SetId'>(),
      projectId,
      name,
      kind: input.kind,
      documentIds: input.kind === 'manual' ? unique(input.documentIds ?? []) : [],
      rule: input.kind === 'rule' ? (input.rule ?? null) : null,
      description: input.description ?? '',
      createdAt: Date.now(),
    };
    await db.sets.add(setToRow(set));
    await touchInTx(db, projectId);
    return ok({ value: set, changes: { sets: [{ before: null, after: set }] } });
  });
}

/** Reads the set, lets `change` build its new form, writes it: the common path of every edit. */
async function editSet(
  db: MazmunDb,
  id: SetId,
  seen: DocumentSet | undefined,
  fields: readonly string[],
  change: (before: DocumentSet) => Promise<Result<DocumentSet>> | Result<DocumentSet>,
): Promise<Result<Changed<DocumentSet>>> {
  return db.transaction('rw', [db.projects, db.sets], async () => {
    const row = await db.sets.get(id);
    if (!row) return refuse('sets.gone');
    const before = rowToSet(row);
    if (!sameFields(seen, before, fields)) {
      return refuseWith(elsewhereError('set', seen?.name ?? before.name, 'changed', 'refresh'));
    }
    const after = await change(before);
    if (!after.ok) return after;
    await db.sets.put(setToRow(after.data));
    await touchInTx(db, before.projectId);
    return ok({ value: after.data, changes: { sets: [{ before, after: after.data }] } });
  });
}

/** Renames a set, changes its description or (a rule set) its rule. */
export function updateSet(
  db: MazmunDb,
  id: SetId,
  patch: SetPatch,
  seen?: DocumentSet,
): Promise<Result<Changed<DocumentSet>>> {
  const name = patch.name?.trim();
  if (name !== undefined && !name) return Promise.resolve(refuse('sets.needsName'));
  if (patch.rule !== undefined && !ruleUsable(patch.rule))
    return Promise.resolve(refuse('sets.ruleEmpty'));
  return editSet(db, id, seen, Object.keys(patch), async (before) => {
    if (name !== undefined && (await nameTaken(db, before.projectId, name, id)))
      return refuse('sets.nameTaken', { name });
    if (patch.rule !== undefined && before.kind !== 'rule') return refuse('sets.ruleEmpty');
    return ok({
      ...before,
      name: name ?? before.name,
      description: patch.description ?? before.description,
      rule: patch.rule ?? before.rule,
    });
  });
}

/** Adds documents to (add) or removes them from (remove) a manual set. */
export function changeSetMembers(
  db: MazmunDb,
  id: SetId,
  add: readonly DocumentId[],
  remove: readonly DocumentId[] = [],
  seen?: DocumentSet,
): Promise<Result<Changed<DocumentSet>>> {
  // Compared with what the window saw: another window's change to the list is not overwritten.
  return editSet(db, id, seen, ['documentIds'], (before) => {
    if (before.kind !== 'manual') return refuse('sets.notManual', { name: before.name });
    const gone = new Set(remove);
    const documentIds = unique([...before.documentIds, ...add]).filter((d) => !gone.has(d));
    return ok({ ...before, documentIds });
  });
}

export async function deleteSet(db: MazmunDb, id: SetId): Promise<Result<Changed<DocumentSet>>> {
  return db.transaction('rw', [db.projects, db.sets], async () => {
    const row = await db.sets.get(id);
    if (!row) return refuse('sets.gone');
    const before = rowToSet(row);
    await db.sets.delete(id);
    await touchInTx(db, before.projectId);
    return ok({ value: before, changes: { sets: [{ before, after: null }] } });
  });
}

/**
 * Takes a document out of every manual set that lists it; call INSIDE the transaction that
 * deletes the document (it must include db.sets), so no set is left naming a missing document.
 */
export async function removeDocumentFromSets(
  db: MazmunDb,
  projectId: ProjectId,
  documentId: DocumentId,
): Promise<RowChange<DocumentSet>[]> {
  const changes: RowChange<DocumentSet>[] = [];
  for (const row of await db.sets.where('projectId').equals(projectId).toArray()) {
    const before = rowToSet(row);
    if (!before.documentIds.includes(documentId)) continue;
    const after = { ...before, documentIds: before.documentIds.filter((d) => d !== documentId) };
    await db.sets.put(setToRow(after));
    changes.push({ before, after });
  }
  return changes;
}
