import { refuse, refuseWith } from '../errors';
import { newId, type CodeId, type ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Code } from '../model/types';
import { type Changed, elsewhereError, type RowChange, sameFields, touchInTx } from './changes';
import type { MazmunDb } from './database';
import { deleteStoredCodings, readCodeCodings } from './coding-storage';
import { codeToRow, rowToCode, rowToMemo } from './mappers';

export interface NewCode {
  readonly name: string;
  readonly parentId?: CodeId | null;
  readonly description?: string;
  readonly whenToUse?: string;
  readonly whenNotToUse?: string;
  readonly example?: string;
  /** #rrggbb; a palette colour is picked when absent. */
  readonly color?: string;
  /** Position among siblings; defaults to after the last one. */
  readonly order?: number;
  readonly id?: CodeId;
}

export type CodePatch = Partial<
  Pick<Code, 'name' | 'description' | 'whenToUse' | 'whenNotToUse' | 'example' | 'color'>
>;

// Distinct, readable on white and on dark backgrounds; cycled by sibling count.
const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6'];
const COLOR_RE = /^#[0-9a-f]{6}$/i;

export async function listCodes(db: MazmunDb, projectId: ProjectId): Promise<Code[]> {
  const rows = await db.codes.where('projectId').equals(projectId).toArray();
  return rows.map(rowToCode).sort((a, b) => a.order - b.order);
}

/** Creates a code, at the root or under `parentId`. */
export async function createCode(
  db: MazmunDb,
  projectId: ProjectId,
  input: NewCode,
): Promise<Result<Changed<Code>>> {
  const name = input.name.trim();
  if (!name) return refuse('db.codeNeedsName');
  if (input.color !== undefined && !COLOR_RE.test(input.color)) {
    return refuse('db.badColour', { color: input.color });
  }
  return db.transaction('rw', [db.projects, db.codes], async () => {
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = await db.codes.get(parentId);
      if (!parent || parent.projectId !== projectId) return refuse('db.parentCodeGone');
    }
    const siblings = (await db.codes.where('projectId').equals(projectId).toArray()).filter(
      (c) => (c.parentId ?? null) === parentId,
    );
    const code: Code = {
      id: input.id ?? newId<'CodeId'>(),
      projectId,
      parentId,
      name,
      description: input.description ?? '',
      whenToUse: input.whenToUse ?? '',
      whenNotToUse: input.whenNotToUse ?? '',
      example: input.example ?? '',
      color: input.color ?? (PALETTE[siblings.length % PALETTE.length] as string),
      order: input.order ?? siblings.reduce((m, c) => Math.max(m, c.order + 1), 0),
    };
    await db.codes.add(codeToRow(code));
    await touchInTx(db, projectId);
    return ok({ value: code, changes: { codes: [{ before: null, after: code }] } });
  });
}

/**
 * Changes a code's name, codebook fields or colour. With `seen` (the code as the caller last saw
 * it), refuses if another window changed one of the patched fields since: no silent last writer wins.
 */
export async function updateCode(
  db: MazmunDb,
  id: CodeId,
  patch: CodePatch,
  seen?: Code,
): Promise<Result<Changed<Code>>> {
  if (patch.name !== undefined && !patch.name.trim()) return refuse('db.codeNeedsName');
  if (patch.color !== undefined && !COLOR_RE.test(patch.color)) {
    return refuse('db.badColour', { color: patch.color });
  }
  return db.transaction('rw', [db.projects, db.codes], async () => {
    const row = await db.codes.get(id);
    if (!row) return refuse('db.codeGone');
    const before = rowToCode(row);
    if (!sameFields(seen, before, Object.keys(patch))) {
      return refuseWith(elsewhereError('code', seen?.name ?? before.name, 'changed', 'refresh'));
    }
    const after: Code = {
      ...before,
      ...patch,
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    };
    await db.codes.put(codeToRow(after));
    await touchInTx(db, before.projectId);
    return ok({ value: after, changes: { codes: [{ before, after }] } });
  });
}

/** Ids of `rootId` and all its descendants, given every code of the project. */
export function subtreeIds(codes: readonly Code[], rootId: CodeId): Set<CodeId> {
  const children = new Map<CodeId | null, CodeId[]>();
  for (const c of codes) {
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out = new Set<CodeId>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as CodeId;
    if (out.has(id)) continue; // a corrupt cycle must not hang us
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * Deletes a code with all its sub-codes, their codings and their memos, in one transaction.
 * The value is the number of codes deleted.
 */
export async function deleteCode(db: MazmunDb, id: CodeId): Promise<Result<Changed<number>>> {
  return db.transaction('rw', [db.projects, db.codes, db.codingPacks, db.memos], async () => {
    const row = await db.codes.get(id);
    if (!row) return refuse('db.codeGone');
    const all = (await db.codes.where('projectId').equals(row.projectId).toArray()).map(rowToCode);
    const ids = subtreeIds(all, id);
    const codes = all.filter((c) => ids.has(c.id));
    const codings = await readCodeCodings(db, [...ids]);
    const memos = (await db.memos.where('projectId').equals(row.projectId).toArray())
      .map(rowToMemo)
      .filter((m) => m.target.kind === 'code' && ids.has(m.target.id));
    await deleteStoredCodings(db, codings);
    await db.memos.bulkDelete(memos.map((m) => m.id));
    await db.codes.bulkDelete([...ids]);
    await touchInTx(db, row.projectId);
    const gone = <T>(before: T): RowChange<T> => ({ before, after: null });
    return ok({
      value: codes.length,
      changes: {
        codings: codings.map(gone),
        memos: memos.map(gone),
        codes: codes.map(gone),
      },
    });
  });
}
