// The replica's `_local` documents: never replicated, so each profile keeps its own checkpoints,
// unsent and held ids, and activity feed there.
import type { PouchDb } from 'pouchdb-browser';

export async function readLocal<T extends object>(
  db: PouchDb,
  id: string,
  fallback: T,
): Promise<T & { _rev?: string }> {
  try {
    return (await db.get(`_local/${id}`)) as unknown as T & { _rev?: string };
  } catch {
    return { ...fallback };
  }
}

export async function writeLocal(db: PouchDb, id: string, body: object): Promise<void> {
  const old = await readLocal<object>(db, id, {});
  await db.put({ ...body, _id: `_local/${id}`, ...(old._rev ? { _rev: old._rev } : {}) });
}
