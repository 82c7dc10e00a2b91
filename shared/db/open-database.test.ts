import { describe, expect, it } from 'vitest';
import { MazmunDb } from './database';
import { openDatabase } from './open-database';
import { newTestIdb, uniqueDbName, type TestIdb } from './test-db';

/** A database as a future Mazmun might leave it: a far higher version, tables we do not know. */
function writeFutureDb(idb: TestIdb, name: string, nativeVersion = 9990): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = idb.indexedDB.open(name, nativeVersion);
    req.onupgradeneeded = () => req.result.createObjectStore('future');
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

async function nativeVersion(idb: TestIdb, name: string): Promise<number | undefined> {
  return (await idb.indexedDB.databases()).find((i) => i.name === name)?.version;
}

/** The same fake IndexedDB, but unable to list its databases (older Firefox, some webviews). */
function blind(idb: TestIdb): TestIdb {
  const factory = Object.create(idb.indexedDB) as IDBFactory;
  Object.defineProperty(factory, 'databases', { value: undefined });
  return { indexedDB: factory, IDBKeyRange: idb.IDBKeyRange };
}

describe('openDatabase against a database from a newer Mazmun', () => {
  it('refuses it as kind "newer" and leaves its native version as it was', async () => {
    const idb = newTestIdb();
    const name = uniqueDbName();
    await writeFutureDb(idb, name);
    const db = new MazmunDb(name, idb);
    const r = await openDatabase(db);
    expect(r.ok ? 'opened' : r.kind).toBe('newer');
    expect(r.ok ? '' : r.reason).toContain('database version 999');
    // The refusal as data, so the storage banner can translate it by code.
    expect(r).toMatchObject({ error: { code: 'db.newerDatabase', params: { stored: 999 } } });
    expect(await nativeVersion(idb, name)).toBe(9990);
  });

  it('leaves it untouched also when the factory cannot list databases', async () => {
    // Without the probe, Dexie opened it at 9990, found its own tables missing and upgraded to 9991.
    const idb = newTestIdb();
    const name = uniqueDbName();
    await writeFutureDb(idb, name);
    const r = await openDatabase(new MazmunDb(name, blind(idb)));
    expect(r.ok ? 'opened' : r.kind).toBe('newer');
    expect(await nativeVersion(idb, name)).toBe(9990);
  });

  it('a query made before openDatabase neither opens nor upgrades it (autoOpen is off)', async () => {
    const idb = newTestIdb();
    const name = uniqueDbName();
    await writeFutureDb(idb, name);
    const db = new MazmunDb(name, idb);
    const early = await db.projects.toArray().then(
      () => 'read',
      (e: unknown) => (e as { name?: string }).name,
    );
    expect(early).toBe('DatabaseClosedError');
    expect(await nativeVersion(idb, name)).toBe(9990);
    expect((await openDatabase(db)).ok).toBe(false);
    expect(await nativeVersion(idb, name)).toBe(9990);
  });
});

describe('openDatabase on a fresh profile', () => {
  it('creates the database, also when the probe had to look first', async () => {
    const idb = newTestIdb();
    const name = uniqueDbName();
    const db = new MazmunDb(name, blind(idb));
    const r = await openDatabase(db);
    expect(r.ok).toBe(true);
    expect(await db.projects.count()).toBe(0);
    db.close();
    expect(await nativeVersion(idb, name)).toBe(db.declaredVersion * 10);
  });

  it('a failed open is kind "other"', async () => {
    const idb = newTestIdb();
    const broken = Object.create(idb.indexedDB) as IDBFactory;
    Object.defineProperty(broken, 'open', {
      value: () => {
        throw Object.assign(new Error('disk gone'), { name: 'UnknownError' });
      },
    });
    const r = await openDatabase(
      new MazmunDb(uniqueDbName(), { indexedDB: broken, IDBKeyRange: idb.IDBKeyRange }),
    );
    expect(r.ok ? 'opened' : r.kind).toBe('other');
  });
});
