import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../shared/ipc';
import { createIdbBackupStore, utf8Length } from './browser-backups';

const a = '0f8fad5b-d9cb-469f-a165-70867728950e';
const b = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function clock() {
  let minute = 0;
  return () => new Date(Date.UTC(2025, 2, 21, 12, minute++));
}

describe('utf8Length', () => {
  it('matches TextEncoder on Persian, emoji and ZWNJ', () => {
    for (const s of ['', 'abc', 'مضمون', 'نیم‌فاصله', '👩🏽‍🔬 تحلیل', '\ud800x']) {
      expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
    }
  });
});

describe('createIdbBackupStore', () => {
  it('keeps the newest N per project, lists newest first and reads back', async () => {
    const store = createIdbBackupStore(new IDBFactory(), clock());
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await store.write(a, `{"n":${i}}`, 2));
    await store.write(b, '{"پروژه":1}', 2);
    expect(results.map((r) => r.ok && r.data.pruned.length)).toEqual([0, 0, 1, 1]);

    const listA = await store.list(a);
    const names = listA.ok ? listA.data.map((e) => e.name) : [];
    expect(names).toEqual([
      backupFileName(a, new Date(Date.UTC(2025, 2, 21, 12, 3))),
      backupFileName(a, new Date(Date.UTC(2025, 2, 21, 12, 2))),
    ]);
    const all = await store.list(null);
    expect(all.ok && all.data.map((e) => e.projectId)).toEqual([b, a, a]);
    expect(all.ok && all.data[0]?.bytes).toBe(new TextEncoder().encode('{"پروژه":1}').length);
    expect(await store.read(names[0] ?? '')).toEqual({ ok: true, data: '{"n":3}' });
    expect((await store.read(backupFileName(a, new Date(Date.UTC(2025, 2, 21, 12, 0))))).ok).toBe(
      false,
    );
  });
  it('refuses unsafe ids and names', async () => {
    const store = createIdbBackupStore(new IDBFactory(), clock());
    expect(await store.write('../x', '{}')).toEqual({
      ok: false,
      reason: 'projectId is not a safe id',
      error: { code: 'app.backupUnsafeProjectId', params: {} },
    });
    expect(await store.read('whatever')).toMatchObject({ error: { code: 'app.notBackupName' } });
  });
});
