import { refuse, refuseWith } from '../errors';
import { newId, type MemoId, type ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Memo, MemoTarget } from '../model/types';
import { type Changed, elsewhereError, sameFields, touchInTx } from './changes';
import type { MazmunDb } from './database';
import { memoToRow, rowToMemo } from './mappers';

export interface NewMemo {
  readonly target: MemoTarget;
  readonly title?: string;
  readonly text?: string;
  readonly id?: MemoId;
}

export async function listMemos(db: MazmunDb, projectId: ProjectId): Promise<Memo[]> {
  const rows = await db.memos.where('projectId').equals(projectId).toArray();
  return rows.map(rowToMemo).sort((a, b) => a.createdAt - b.createdAt);
}

export async function createMemo(
  db: MazmunDb,
  projectId: ProjectId,
  input: NewMemo,
): Promise<Changed<Memo>> {
  const now = Date.now();
  const memo: Memo = {
    id: input.id ?? newId<'MemoId'>(),
    projectId,
    target: input.target,
    title: input.title ?? '',
    text: input.text ?? '',
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', [db.projects, db.memos], async () => {
    await db.memos.add(memoToRow(memo));
    await touchInTx(db, projectId, now);
  });
  return { value: memo, changes: { memos: [{ before: null, after: memo }] } };
}

/**
 * Changes a memo's title or text. With `seen` (the memo as the caller last saw it), refuses if
 * another window edited it since (memos carry updatedAt, so any edit counts).
 */
export async function updateMemo(
  db: MazmunDb,
  id: MemoId,
  patch: { readonly title?: string; readonly text?: string },
  seen?: Memo,
): Promise<Result<Changed<Memo>>> {
  return db.transaction('rw', [db.projects, db.memos], async () => {
    const row = await db.memos.get(id);
    if (!row) return refuse('db.memoGone');
    const before = rowToMemo(row);
    if (!sameFields(seen, before, ['updatedAt', ...Object.keys(patch)])) {
      return refuseWith(elsewhereError('memo', seen?.title ?? before.title, 'changed', 'refresh'));
    }
    const after: Memo = { ...before, ...patch, updatedAt: Date.now() };
    await db.memos.put(memoToRow(after));
    await touchInTx(db, before.projectId);
    return ok({ value: after, changes: { memos: [{ before, after }] } });
  });
}

export async function deleteMemo(db: MazmunDb, id: MemoId): Promise<Result<Changed<Memo>>> {
  return db.transaction('rw', [db.projects, db.memos], async () => {
    const row = await db.memos.get(id);
    if (!row) return refuse('db.memoGone');
    const before = rowToMemo(row);
    await db.memos.delete(id);
    await touchInTx(db, before.projectId);
    return ok({ value: before, changes: { memos: [{ before, after: null }] } });
  });
}
