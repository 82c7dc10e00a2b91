import { describe, expect, it } from 'vitest';
import { addDocuments, deleteDocument } from '../db/documents-repo';
import { deleteSearchKeys } from '../db/search-keys';
import { createProject } from '../db/projects-repo';
import { openTestDb } from '../db/test-db';
import { asId, type DocumentId } from '../model/ids';
import { documentTextLoader, WHOLE_PROJECT_READ } from './load-texts';
import { SearchIndex } from './search-index';

describe('documentTextLoader', () => {
  it('reads texts with their stored keys, and the index searches them', async () => {
    const db = await openTestDb();
    const project = await createProject(db, { name: 'p' });
    const added = await addDocuments(db, project.id, [
      { title: 'a', text: 'كريدور شمال–جنوب در ۱۴۰۳' },
      { title: 'b', text: 'می‌خواهم' },
    ]);
    const ids = added.value.map((d) => d.id);
    const rows = await documentTextLoader(db)([...ids, asId<'DocumentId'>('missing')]);
    expect(rows.map((r) => r.id)).toEqual(ids);
    // The stored key row, not the text: the Arabic ي/ك and the Persian digits put back by diffs.
    const first = rows[0];
    expect(first && 'key' in first && first.key).toBe('کریدور شمال–جنوب در 1403');
    expect(first && 'text' in first).toBe(false);

    const index = new SearchIndex({ loadTexts: documentTextLoader(db) });
    index.setDocuments(ids);
    const r = await index.search('کریدور 1403', { mode: 'all-words' });
    expect(r.ok && r.data.hits.map((h) => h.match)).toEqual(['كريدور', '۱۴۰۳']);

    // A document deleted in the database is left out by the loader.
    const second = ids[1];
    if (!second) throw new Error('no second document');
    expect((await deleteDocument(db, second)).ok).toBe(true);
    expect(await documentTextLoader(db)([second])).toEqual([]);
    db.close();
  });

  it('reads the text of a document whose key row is missing, and still finds it', async () => {
    const db = await openTestDb();
    const project = await createProject(db, { name: 'p' });
    const added = await addDocuments(db, project.id, [{ title: 'a', text: 'كتاب خوب' }]);
    const id = added.value[0]?.id as DocumentId;
    await db.transaction('rw', db.searchKeys, async () => {
      await deleteSearchKeys(db, [id]);
    });
    const rows = await documentTextLoader(db)([id]);
    expect(rows).toEqual([{ id, text: 'كتاب خوب', searchText: 'کتاب خوب' }]);
    const index = new SearchIndex({ loadTexts: documentTextLoader(db) });
    index.setDocuments([id]);
    const r = await index.search('کتاب');
    expect(r.ok && r.data.hits.map((h) => h.match)).toEqual(['كتاب']);
    db.close();
  });

  it('asked for many documents of a project, reads all its keys at once, none of another', async () => {
    const db = await openTestDb();
    const project = await createProject(db, { name: 'p' });
    const other = await createProject(db, { name: 'q' });
    const docs = Array.from({ length: WHOLE_PROJECT_READ }, (_, i) => ({
      title: `d${i}`,
      text: `متن ${i}`,
    }));
    const ids = (await addDocuments(db, project.id, docs)).value.map((d) => d.id);
    await addDocuments(db, other.id, [{ title: 'x', text: 'دیگر' }]);
    const rows = await documentTextLoader(db, project.id)(ids);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(rows.every((r) => 'key' in r)).toBe(true);
    db.close();
  });
});
