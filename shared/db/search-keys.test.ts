import { describe, expect, it } from 'vitest';
import { applyChanges, invertChanges } from './changes';
import { addDocuments, deleteDocument } from './documents-repo';
import { createProject, deleteProject } from './projects-repo';
import { importSnapshot } from './snapshot-repo';
import {
  KEY_MAX_UNITS,
  getSearchKey,
  packSearchKeys,
  searchKeyOf,
  unpackSearchKeys,
  writeSearchKeys,
} from './search-keys';
import { buildDocument, buildProject, buildSnapshot } from './test-builders';
import { openTestDb } from './test-db';

// «كار» with an Arabic kaf (U+0643) and a ZWNJ: the key has ک and a space there.
const TEXT = 'كار‌ها';

describe('search keys kept in step with the texts', () => {
  it('addDocuments writes a key row in the same transaction, deleteDocument removes it', async () => {
    const db = await openTestDb();
    const p = await createProject(db, { name: 'P' });
    const added = await addDocuments(db, p.id, [{ title: 'a', text: TEXT }]);
    const id = added.value[0]!.id;
    const row = await getSearchKey(db, id);
    expect(row).toMatchObject({ id, key: 'کار ها', diffChars: 'ك\u200c' });
    expect([...row!.diffAt]).toEqual([0, 3]);
    const del = await deleteDocument(db, id);
    expect(del.ok).toBe(true);
    expect(await getSearchKey(db, id)).toBeUndefined();
    // Undo of the delete (applyChanges of the inverse) brings the key back with the text.
    if (!del.ok) return;
    await applyChanges(db, invertChanges(del.data.changes));
    expect((await getSearchKey(db, id))?.key).toBe('کار ها');
    // And undo of the add removes it again.
    await applyChanges(db, invertChanges(added.changes));
    expect(await getSearchKey(db, id)).toBeUndefined();
    db.close();
  });

  it('importSnapshot writes every key; deleteProject removes them', async () => {
    const db = await openTestDb();
    const project = buildProject();
    const docs = [
      buildDocument({ projectId: project.id, text: TEXT }),
      buildDocument({ projectId: project.id, text: 'Plain' }),
    ];
    const r = await importSnapshot(
      db,
      buildSnapshot({ project, documents: docs, codings: [], memos: [] }),
    );
    expect(r.ok).toBe(true);
    const keys = await Promise.all(docs.map((d) => getSearchKey(db, d.id)));
    expect(keys.map((k) => k?.key)).toEqual(['کار ها', 'plain']);
    await deleteProject(db, project.id);
    expect(await db.searchKeys.count()).toBe(0);
    db.close();
  });

  it('an import replaces a key row left without its text', async () => {
    const db = await openTestDb();
    const project = buildProject();
    const doc = buildDocument({ projectId: project.id, text: 'new text' });
    // An async scope: Dexie keeps its transaction zone across the awaits inside.
    await db.transaction('rw', db.searchKeys, async () => {
      await writeSearchKeys(db, [{ id: doc.id, projectId: project.id, text: 'old' }]);
    });
    const r = await importSnapshot(
      db,
      buildSnapshot({ project, documents: [doc], codings: [], memos: [] }),
    );
    expect(r.ok).toBe(true);
    expect((await getSearchKey(db, doc.id))?.key).toBe('new text');
    db.close();
  });
});

describe('key packs', () => {
  it('deleting one document keeps the others of its pack; a damaged entry is left out', async () => {
    const db = await openTestDb();
    const p = await createProject(db, { name: 'P' });
    const added = await addDocuments(db, p.id, [
      { title: 'a', text: 'یک' },
      { title: 'b', text: 'دو' },
    ]);
    const [a, b] = added.value.map((d) => d.id);
    expect(await db.searchKeys.count()).toBe(1);
    expect((await deleteDocument(db, a!)).ok).toBe(true);
    expect((await getSearchKey(db, b!))?.key).toBe('دو');
    expect(await getSearchKey(db, a!)).toBeUndefined();
    const [pack] = packSearchKeys('p', [
      searchKeyOf({ id: 'x', projectId: 'p', text: 'كا' }),
      searchKeyOf({ id: 'y', projectId: 'p', text: 'Y' }),
    ]);
    // x's differences misaligned: only y is used.
    const damaged = { ...pack!, diffChars: ['', 'Y'] };
    expect(unpackSearchKeys(damaged).map((k) => k.id)).toEqual(['y']);
    expect(unpackSearchKeys(undefined)).toEqual([]);
    db.close();
  });

  it('stores no key for a text over KEY_MAX_UNITS (its first search reads the text)', async () => {
    const db = await openTestDb();
    const p = await createProject(db, { name: 'P' });
    const huge = 'ك'.repeat(KEY_MAX_UNITS + 1);
    const added = await addDocuments(db, p.id, [
      { title: 'huge', text: huge },
      { title: 'small', text: 'ك' },
    ]);
    const [h, small] = added.value.map((d) => d.id);
    expect(await getSearchKey(db, h!)).toBeUndefined();
    expect((await getSearchKey(db, small!))?.key).toBe('ک');
    db.close();
  });
});
