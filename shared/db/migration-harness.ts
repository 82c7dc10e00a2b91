// Helpers for migration tests (DEVELOPERS.md rule 2): open a database at version N-1, write raw
// rows as that version stored them, close, and reopen at version N to run the upgrade.
import { MazmunDb, type MazmunDbOptions } from './database';
import { openDatabase } from './open-database';

export type IdbDeps = Pick<MazmunDbOptions, 'indexedDB' | 'IDBKeyRange'>;

/** Opens `name` declaring only versions 1..version; throws with the reason if it cannot. */
export async function openAtVersion(
  name: string,
  version: number,
  deps: IdbDeps = {},
): Promise<MazmunDb> {
  const db = new MazmunDb(name, { ...deps, upToVersion: version });
  const r = await openDatabase(db);
  if (!r.ok) throw new Error(r.reason);
  return db;
}

/** Raw rows per table name, written exactly as given (no mappers: the old shape). */
export type RawRows = Readonly<Record<string, readonly object[]>>;

export async function writeRawRows(db: MazmunDb, rows: RawRows): Promise<void> {
  const names = Object.keys(rows);
  await db.transaction('rw', names, async () => {
    for (const name of names) await db.table(name).bulkAdd([...(rows[name] ?? [])]);
  });
}

/**
 * Opens `name` at `fromVersion`, writes `rows`, closes, and reopens at `fromVersion + 1`
 * (running that version's upgrade). Returns the reopened database; the caller closes it.
 */
export async function migrateFrom(
  name: string,
  fromVersion: number,
  rows: RawRows,
  deps: IdbDeps = {},
): Promise<MazmunDb> {
  const old = await openAtVersion(name, fromVersion, deps);
  await writeRawRows(old, rows);
  old.close();
  return openAtVersion(name, fromVersion + 1, deps);
}
