// Merging another coder's work: reads the open project as the pure plan needs it, and writes a
// plan's new rows in ONE transaction, returning them as a ChangeSet (one undo step in the store).
import { refuse } from '../errors';
import type { MergeBase, MergePlan } from '../exchange/merge-types';
import type { ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import { applyChanges, type ChangeSet, type Changed, type RowChange } from './changes';
import { projectTables, type MazmunDb } from './database';
import { documentToMeta } from './mappers';
import { exportSnapshot } from './snapshot-repo';

/** The open project with its texts, in one read transaction: the base of a merge plan. */
export async function loadMergeBase(db: MazmunDb, projectId: ProjectId): Promise<MergeBase> {
  const s = await exportSnapshot(db, projectId);
  return { ...s, projectId };
}

export interface MergeOutcome {
  readonly documents: number;
  readonly codes: number;
  readonly coders: number;
  readonly codings: number;
  readonly cases: number;
  readonly attributes: number;
  readonly memos: number;
}

const created = <T>(rows: readonly T[]): RowChange<T>[] =>
  rows.map((after) => ({ before: null, after }));

/** The plan's new rows as one ChangeSet (every row created). */
export function mergeChanges(plan: MergePlan): ChangeSet {
  return {
    documents: created(plan.documents.added.map(documentToMeta)),
    documentTexts: created(
      plan.documents.added.map((d) => ({ id: d.id, projectId: d.projectId, text: d.text })),
    ),
    coders: created(plan.coders.added),
    attributes: created(plan.attributes.added),
    cases: created(plan.cases.added),
    codes: created(plan.codes.added),
    codings: created(plan.codings.added),
    memos: created(plan.memos.added),
  };
}

/** Whether every row the plan matched is still in the project (another window may have deleted one). */
async function baseStillThere(db: MazmunDb, plan: MergePlan): Promise<boolean> {
  const check = async (
    table: { bulkGet(ids: string[]): Promise<({ projectId: string } | undefined)[]> },
    ids: readonly string[],
  ) => (await table.bulkGet([...ids])).every((r) => r?.projectId === plan.projectId);
  const ours = <T extends { ours: string }>(xs: readonly T[]) => xs.map((x) => x.ours);
  const results = await Promise.all([
    check(db.documents, ours(plan.documents.matched)),
    check(db.codes, ours(plan.codes.matched)),
    check(db.coders, ours(plan.coders.matched)),
    check(db.cases, ours(plan.cases.matched)),
    check(db.attributes, ours(plan.attributes.matched)),
  ]);
  return results.every(Boolean);
}

/**
 * Writes what the plan adds in ONE transaction; refuses, writing nothing, when the project or a
 * row the plan matched is gone since the plan was made (plan again), or when there is nothing to add.
 */
export async function applyMerge(
  db: MazmunDb,
  plan: MergePlan,
): Promise<Result<Changed<MergeOutcome>>> {
  const changes = mergeChanges(plan);
  const value: MergeOutcome = {
    documents: plan.documents.added.length,
    codes: plan.codes.added.length,
    coders: plan.coders.added.length,
    codings: plan.codings.added.length,
    cases: plan.cases.added.length,
    attributes: plan.attributes.added.length,
    memos: plan.memos.added.length,
  };
  if (Object.values(value).every((n) => n === 0)) return refuse('merge.nothingToAdd');
  return db.transaction('rw', [db.projects, ...projectTables(db)], async () => {
    if (!(await db.projects.get(plan.projectId))) return refuse('merge.projectGone');
    if (!(await baseStillThere(db, plan))) return refuse('merge.baseChanged');
    await applyChanges(db, changes);
    return ok({ value, changes });
  });
}
