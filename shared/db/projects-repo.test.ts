import { describe, expect, it } from 'vitest';
import { addDocuments } from './documents-repo';
import { importSnapshot } from './snapshot-repo';
import {
  createProject,
  deleteProject,
  getProject,
  listProjects,
  renameProject,
  touchProject,
} from './projects-repo';
import { getSetting, setSetting } from './settings-repo';
import { buildSnapshot } from './test-builders';
import { openTestDb } from './test-db';

describe('projects', () => {
  it('creates, lists newest-updated first, renames', async () => {
    const db = await openTestDb();
    const a = await createProject(db, { name: ' A ' });
    const b = await createProject(db, { name: 'B', language: 'en' });
    await touchProject(db, a.id, b.updatedAt + 10);
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['A', 'B']);
    expect(await renameProject(db, b.id, 'Bee')).toBe(true);
    expect((await getProject(db, b.id))?.name).toBe('Bee');
    expect((await getProject(db, b.id))?.language).toBe('en');
    expect(a.language).toBe('fa');
  });

  it('deleteProject removes every row of that project and only those', async () => {
    const db = await openTestDb();
    const keep = buildSnapshot();
    const drop = buildSnapshot();
    expect((await importSnapshot(db, keep)).ok).toBe(true);
    expect((await importSnapshot(db, drop)).ok).toBe(true);
    await addDocuments(db, drop.project.id, [{ title: 'extra', text: 'x' }]);
    const before = await Promise.all(db.tables.map((t) => t.count()));
    await deleteProject(db, drop.project.id);
    for (const t of db.tables) {
      if (t.name === 'meta') continue;
      expect(
        await t
          .where(t.name === 'projects' ? 'id' : 'projectId')
          .equals(drop.project.id)
          .count(),
      ).toBe(0);
      expect(
        await t
          .where(t.name === 'projects' ? 'id' : 'projectId')
          .equals(keep.project.id)
          .count(),
      ).toBeGreaterThan(0);
    }
    const after = await Promise.all(db.tables.map((t) => t.count()));
    expect(after.reduce((s, n) => s + n, 0)).toBeLessThan(before.reduce((s, n) => s + n, 0));
  });
});

describe('settings', () => {
  it('stores and reads key/value settings', async () => {
    const db = await openTestDb();
    expect(await getSetting(db, 'uiLocale')).toBeUndefined();
    await setSetting(db, 'uiLocale', 'fa');
    await setSetting(db, 'uiLocale', 'en');
    expect(await getSetting(db, 'uiLocale')).toBe('en');
  });
});
