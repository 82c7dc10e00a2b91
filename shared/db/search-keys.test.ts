import { describe, expect, it } from 'vitest';
import { applyChanges, invertChanges } from './changes';
import { addDocuments, deleteDocument } from './documents-repo';
import { createProject, deleteProject } from './projects-repo';
import { importSnapshot } from './snapshot-repo';
import { keyRowProblem, searchKeyRow } from './search-keys';
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
    const row = await db.searchKeys.get(id);
    expect(row).toMatchObject({ id, projectId: p.id, key: 'کار ها', diffChars: 'ك\u200c' });
    expect([...row!.diffAt]).toEqual([0, 3]);
    const del = await deleteDocument(db, id);
    expect(del.ok).toBe(true);
    expect(await db.searchKeys.get(id)).toBeUndefined();
    // Undo of the delete (applyChanges of the inverse) brings the key back with the text.
    if (!del.ok) return;
    await applyChanges(db, invertChanges(del.data.changes));
    expect((await db.searchKeys.get(id))?.key).toBe('کار ها');
    // And undo of the add removes it again.
    await applyChanges(db, invertChanges(added.changes));
    expect(await db.searchKeys.get(id)).toBeUndefined();
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
    const keys = await db.searchKeys.bulkGet(docs.map((d) => d.id));
    expect(keys.map((k) => k?.key)).toEqual(['کار ها', 'plain']);
    await deleteProject(db, project.id);
    expect(await db.searchKeys.count()).toBe(0);
    db.close();
  });

  it('an import replaces a key row left without its text', async () => {
    const db = await openTestDb();
    const project = buildProject();
    const doc = buildDocument({ projectId: project.id, text: 'new text' });
    await db.searchKeys.put(searchKeyRow({ id: doc.id, projectId: project.id, text: 'old' }));
    const r = await importSnapshot(
      db,
      buildSnapshot({ project, documents: [doc], codings: [], memos: [] }),
    );
    expect(r.ok).toBe(true);
    expect((await db.searchKeys.get(doc.id))?.key).toBe('new text');
    db.close();
  });
});

describe('keyRowProblem', () => {
  const good = searchKeyRow({ id: 'd', projectId: 'p', text: 'كا' });
  it('accepts a whole row and names what is wrong with a damaged one', () => {
    expect(keyRowProblem(good)).toBeNull();
    expect(keyRowProblem(undefined)).toBe('it is not a key row');
    expect(keyRowProblem({ ...good, diffChars: '' })).toBe('its differences are misaligned');
    expect(keyRowProblem({ ...good, diffAt: Int32Array.of(5), diffChars: 'x' })).toBe(
      'a difference is past the key',
    );
  });
});
