import { refuse } from '../errors';
import { newId, type CoderId, type ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Coder, Coding } from '../model/types';
import { type Changed, type RowChange, touchInTx } from './changes';
import type { MazmunDb } from './database';
import { putStoredCodings, readProjectCodings } from './coding-storage';
import { coderToRow, rowToCoder } from './mappers';

export async function listCoders(db: MazmunDb, projectId: ProjectId): Promise<Coder[]> {
  const rows = await db.coders.where('projectId').equals(projectId).toArray();
  return rows.map(rowToCoder).sort((a, b) => a.name.localeCompare(b.name));
}

export async function createCoder(
  db: MazmunDb,
  projectId: ProjectId,
  name: string,
): Promise<Result<Changed<Coder>>> {
  const n = name.trim();
  if (!n) return refuse('db.coderNeedsName');
  const coder: Coder = { id: newId<'CoderId'>(), projectId, name: n };
  await db.transaction('rw', [db.projects, db.coders], async () => {
    await db.coders.add(coderToRow(coder));
    await touchInTx(db, projectId);
  });
  return ok({ value: coder, changes: { coders: [{ before: null, after: coder }] } });
}

export async function renameCoder(
  db: MazmunDb,
  id: CoderId,
  name: string,
): Promise<Result<Changed<Coder>>> {
  const n = name.trim();
  if (!n) return refuse('db.coderNeedsName');
  return db.transaction('rw', [db.projects, db.coders], async () => {
    const row = await db.coders.get(id);
    if (!row) return refuse('db.coderGone');
    const before = rowToCoder(row);
    const after = { ...before, name: n };
    await db.coders.put(coderToRow(after));
    await touchInTx(db, before.projectId);
    return ok({ value: after, changes: { coders: [{ before, after }] } });
  });
}

/** Deletes a coder; their codings stay, with no coder. One transaction. */
export async function deleteCoder(db: MazmunDb, id: CoderId): Promise<Result<Changed<Coder>>> {
  return db.transaction('rw', [db.projects, db.coders, db.codingPacks], async () => {
    const row = await db.coders.get(id);
    if (!row) return refuse('db.coderGone');
    const before = rowToCoder(row);
    const codings: RowChange<Coding>[] = (await readProjectCodings(db, before.projectId))
      .filter((c) => c.coderId === id)
      .map((b) => ({ before: b, after: { ...b, coderId: null } }));
    await putStoredCodings(
      db,
      codings.map((c) => c.after as Coding),
    );
    await db.coders.delete(id);
    await touchInTx(db, before.projectId);
    return ok({ value: before, changes: { codings, coders: [{ before, after: null }] } });
  });
}
