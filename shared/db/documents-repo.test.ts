import { describe, expect, it } from 'vitest';
import { applyChanges, invertChanges } from './changes';
import { countCodings } from './coding-storage';
import { createCode } from './codes-repo';
import { addCoding, deleteCoding, listCodingsByDocument, updateCoding } from './codings-repo';
import {
  addDocuments,
  deleteDocument,
  getDocumentText,
  listDocumentMetas,
  renameDocument,
  searchDocuments,
  setDocumentDirection,
} from './documents-repo';
import { createProject } from './projects-repo';
import { openTestDb } from './test-db';
import { normalizeForSearch } from '../text/persian';

async function setup() {
  const db = await openTestDb();
  const p = await createProject(db, { name: 'P' });
  const added = await addDocuments(db, p.id, [
    { title: 'مصاحبه ۲', text: 'همكاري‌ها در ۱۴۰۲ بیشتر شد. همکاری ها' },
    { title: 'Interview', text: 'Some English text' },
  ]);
  const code = await createCode(db, p.id, { name: 'C' });
  if (!code.ok) throw new Error(code.reason);
  return { db, p, docs: added.value, code: code.data.value };
}

describe('addDocuments and a precomputed search text', () => {
  const text = 'همكاري‌ها در ۱۴۰۲';
  // A sentinel no normalization could produce: stored as is only if nothing recomputed it.
  const sentinel = 'S'.repeat(text.length);
  const storedKey = async (searchText?: string) => {
    const db = await openTestDb();
    const p = await createProject(db, { name: 'P' });
    const added = await addDocuments(db, p.id, [{ title: 'T', text, searchText }]);
    return (await db.documentTexts.get(added.value[0]!.id))?.searchText;
  };

  it('stores a precomputed key without recomputing it', async () => {
    expect(await storedKey(sentinel)).toBe(sentinel);
  });

  it('computes the key when there is none', async () => {
    expect(await storedKey(undefined)).toBe(normalizeForSearch(text));
    expect(normalizeForSearch(text)).not.toBe(text);
  });

  it("recomputes a precomputed key whose length is not the text's (it cannot be its key)", async () => {
    expect(await storedKey('S')).toBe(normalizeForSearch(text));
  });
});

describe('documents', () => {
  it('adds metas and texts apart, guessing direction', async () => {
    const { db, p, docs } = await setup();
    const metas = await listDocumentMetas(db, p.id);
    expect(metas.map((m) => m.direction).sort()).toEqual(['ltr', 'rtl']);
    expect(metas.find((m) => m.title === 'Interview')?.length).toBe('Some English text'.length);
    expect(await getDocumentText(db, docs[1]!.id)).toBe('Some English text');
    expect('text' in metas[0]!).toBe(false);
    const r = await renameDocument(db, docs[1]!.id, 'Renamed');
    expect(r.ok && r.data.value.title).toBe('Renamed');
    expect((await renameDocument(db, docs[1]!.id, ' ')).ok).toBe(false);
    const d = await setDocumentDirection(db, docs[1]!.id, 'auto');
    expect(d.ok && d.data.value.direction).toBe('auto');
  });

  it('search sees through Arabic letters and half-spaces; offsets point into the original', async () => {
    const { db, p, docs } = await setup();
    const hits = await searchDocuments(db, p.id, 'همکاری ها');
    const text = (await getDocumentText(db, docs[0]!.id))!;
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['همكاري‌ها', 'همکاری ها']);
  });

  it('deleting a document removes its codings; the inverse change restores all', async () => {
    const { db, p, docs, code } = await setup();
    await addCoding(db, p.id, { documentId: docs[0]!.id, codeId: code.id, start: 0, end: 4 });
    const r = await deleteDocument(db, docs[0]!.id);
    if (!r.ok) throw new Error(r.reason);
    expect(await countCodings(db)).toBe(0);
    expect(await getDocumentText(db, docs[0]!.id)).toBeUndefined();
    await applyChanges(db, invertChanges(r.data.changes));
    expect(await countCodings(db)).toBe(1);
    expect((await db.documentTexts.get(docs[0]!.id))?.searchText).toContain('همکاری');
  });
});

describe('codings', () => {
  it('validates ranges, updates, lists by document in text order, deletes', async () => {
    const { db, p, docs, code } = await setup();
    const doc = docs[1]!;
    const add = (start: number, end: number) =>
      addCoding(db, p.id, { documentId: doc.id, codeId: code.id, start, end });
    expect((await add(3, 3)).ok).toBe(false);
    const past = await add(0, doc.length + 1);
    expect(past).toMatchObject({ error: { code: 'db.passagePastEnd' } });
    const late = await add(10, 12);
    const early = await add(2, 4);
    if (!late.ok || !early.ok) throw new Error('add failed');
    expect((await listCodingsByDocument(db, doc.id)).map((c) => c.start)).toEqual([2, 10]);
    await updateCoding(db, late.data.value.id, { start: 0, memo: 'note' });
    const list = await listCodingsByDocument(db, doc.id);
    expect(list.map((c) => [c.start, c.memo])).toEqual([
      [0, 'note'],
      [2, ''],
    ]);
    await deleteCoding(db, early.data.value.id);
    expect((await listCodingsByDocument(db, doc.id)).length).toBe(1);
  });
});
