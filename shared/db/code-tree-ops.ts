// Operations that restructure the code tree: move (reparent + reorder) and merge.
import { refuse } from '../errors';
import type { CodeId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Code, Coding, Memo } from '../model/types';
import { type Changed, type RowChange, touchInTx } from './changes';
import type { MazmunDb } from './database';
import { subtreeIds } from './codes-repo';
import { applyCodingChanges, readCodeCodings } from './coding-storage';
import { codeToRow, memoToRow, rowToCode, rowToMemo } from './mappers';

function siblingsOf(all: readonly Code[], parentId: CodeId | null, except: CodeId): Code[] {
  return all
    .filter((c) => c.parentId === parentId && c.id !== except)
    .sort((a, b) => a.order - b.order);
}

/**
 * Moves a code under `newParentId` (null = root) at position `index` among its new siblings,
 * renumbering siblings 0..n-1. Refuses to move a code under itself or one of its descendants.
 */
export async function moveCode(
  db: MazmunDb,
  id: CodeId,
  newParentId: CodeId | null,
  index: number,
): Promise<Result<Changed<Code>>> {
  return db.transaction('rw', [db.projects, db.codes], async () => {
    const row = await db.codes.get(id);
    if (!row) return refuse('db.codeGone');
    const all = (await db.codes.where('projectId').equals(row.projectId).toArray()).map(rowToCode);
    const moving = all.find((c) => c.id === id) as Code;
    if (newParentId !== null) {
      if (!all.some((c) => c.id === newParentId)) return refuse('db.targetCodeGone');
      if (subtreeIds(all, id).has(newParentId)) {
        return refuse('db.moveUnderItself', { name: moving.name });
      }
    }
    const target = siblingsOf(all, newParentId, id);
    const at = Math.max(0, Math.min(Math.trunc(index), target.length));
    target.splice(at, 0, { ...moving, parentId: newParentId });
    const renumbered = new Map<CodeId, Code>();
    target.forEach((c, i) => renumbered.set(c.id, { ...c, order: i }));
    if (moving.parentId !== newParentId) {
      siblingsOf(all, moving.parentId, id).forEach((c, i) =>
        renumbered.set(c.id, { ...c, order: i }),
      );
    }
    const changes: RowChange<Code>[] = [];
    for (const before of all) {
      const after = renumbered.get(before.id);
      if (after && (after.order !== before.order || after.parentId !== before.parentId)) {
        changes.push({ before, after });
      }
    }
    await db.codes.bulkPut(changes.map((c) => codeToRow(c.after as Code)));
    await touchInTx(db, row.projectId);
    return ok({ value: renumbered.get(id) as Code, changes: { codes: changes } });
  });
}

/**
 * Merges code `sourceId` into `targetId`: its codings move to the target (a coding that would
 * duplicate one the target already has on the same passage is dropped), its sub-codes and memos
 * move to the target, and the source is deleted. One transaction. The value is the target.
 */
export async function mergeCodes(
  db: MazmunDb,
  sourceId: CodeId,
  targetId: CodeId,
): Promise<Result<Changed<Code>>> {
  if (sourceId === targetId) return refuse('db.mergeIntoItself');
  return db.transaction('rw', [db.projects, db.codes, db.codingPacks, db.memos], async () => {
    const [srcRow, tgtRow] = await Promise.all([db.codes.get(sourceId), db.codes.get(targetId)]);
    if (!srcRow || !tgtRow || srcRow.projectId !== tgtRow.projectId) {
      return refuse('db.oneCodeGone');
    }
    const source = rowToCode(srcRow);
    const target = rowToCode(tgtRow);
    const all = (await db.codes.where('projectId').equals(source.projectId).toArray()).map(
      rowToCode,
    );
    if (subtreeIds(all, sourceId).has(targetId)) {
      return refuse('db.mergeIntoSubCode', { source: source.name, target: target.name });
    }
    const targetCodings = await readCodeCodings(db, [targetId]);
    const key = (c: Coding) => `${c.documentId}|${c.start}|${c.end}`;
    const seen = new Set(targetCodings.map(key));
    const codingChanges: RowChange<Coding>[] = [];
    for (const before of await readCodeCodings(db, [sourceId])) {
      const k = key(before);
      if (seen.has(k)) codingChanges.push({ before, after: null });
      else {
        seen.add(k);
        codingChanges.push({ before, after: { ...before, codeId: targetId } });
      }
    }
    let next = siblingsOf(all, targetId, sourceId).reduce((m, c) => Math.max(m, c.order + 1), 0);
    const codeChanges: RowChange<Code>[] = siblingsOf(all, sourceId, targetId).map((before) => ({
      before,
      after: { ...before, parentId: targetId, order: next++ },
    }));
    codeChanges.push({ before: source, after: null });
    const memoChanges: RowChange<Memo>[] = (
      await db.memos.where('projectId').equals(source.projectId).toArray()
    )
      .map(rowToMemo)
      .filter((m) => m.target.kind === 'code' && m.target.id === sourceId)
      .map((before) => ({ before, after: { ...before, target: { kind: 'code', id: targetId } } }));

    await applyCodingChanges(db, codingChanges);
    await db.memos.bulkPut(memoChanges.map((m) => memoToRow(m.after as Memo)));
    for (const c of codeChanges) {
      if (c.after) await db.codes.put(codeToRow(c.after));
      else await db.codes.delete(sourceId);
    }
    await touchInTx(db, source.projectId);
    return ok({
      value: target,
      changes: { codings: codingChanges, memos: memoChanges, codes: codeChanges },
    });
  });
}
