// For tests only: a MazmunDb on fake-indexeddb with a unique name, so tests never share state.
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { MazmunDb } from './database';
import { openDatabase } from './open-database';

export interface TestIdb {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

/** A fresh, empty in-memory IndexedDB. Pass the same one to reopen a database. */
export function newTestIdb(): TestIdb {
  return { indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange };
}

export function uniqueDbName(prefix = 'test'): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}

/** Opens a MazmunDb (latest schema) on a fresh fake IndexedDB, or on `idb` under `name`. */
export async function openTestDb(idb: TestIdb = newTestIdb(), name = uniqueDbName()) {
  const db = new MazmunDb(name, idb);
  const r = await openDatabase(db);
  if (!r.ok) throw new Error(r.reason);
  return db;
}
