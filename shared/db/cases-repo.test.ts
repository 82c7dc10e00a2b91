import { describe, expect, it } from 'vitest';
import { validateAttributeValue } from './attribute-values';
import { createAttribute, deleteAttribute } from './attributes-repo';
import {
  createCase,
  deleteCase,
  linkDocumentsToCases,
  setDocumentLabel,
  updateCase,
} from './cases-repo';
import { addDocuments, listDocumentMetas } from './documents-repo';
import { createProject } from './projects-repo';
import { openProjectStore } from '../store/project-store';
import { buildAttribute } from './test-builders';
import { openTestDb } from './test-db';

describe('attribute values', () => {
  const pid = buildAttribute({ projectId: 'p' as never }).projectId;
  it('parses Persian digits for numbers and years, checks categories', () => {
    const year = buildAttribute({ projectId: pid, type: 'year' });
    expect(validateAttributeValue(year, '۱۴۰۳')).toEqual({ ok: true, data: 1403 });
    expect(validateAttributeValue(year, '14.5').ok).toBe(false);
    const num = buildAttribute({ projectId: pid, type: 'number', calendar: null });
    expect(validateAttributeValue(num, '۳٫۵')).toEqual({ ok: true, data: 3.5 });
    const cat = buildAttribute({ projectId: pid, type: 'category', options: ['زن', 'مرد'] });
    expect(validateAttributeValue(cat, 'زن').ok).toBe(true);
    expect(validateAttributeValue(cat, 'x').ok).toBe(false);
    expect(validateAttributeValue(cat, '')).toEqual({ ok: true, data: null });
  });
});

describe('cases and attributes', () => {
  it('types values, defaults the year calendar from the project language, cleans up on delete', async () => {
    const db = await openTestDb();
    const p = await createProject(db, { name: 'P', language: 'fa' });
    const year = await createAttribute(db, p.id, { name: 'سال', type: 'year' });
    const role = await createAttribute(db, p.id, {
      name: 'Role',
      type: 'category',
      options: ['a', 'b'],
    });
    if (!year.ok || !role.ok) throw new Error('attr');
    expect(year.data.value.calendar).toBe('solar-hijri');
    expect((await createAttribute(db, p.id, { name: 'سال', type: 'text' })).ok).toBe(false);
    const c = await createCase(db, p.id, { name: 'K', values: { [year.data.value.id]: '۱۴۰۲' } });
    if (!c.ok) throw new Error(c.reason);
    expect(c.data.value.values).toEqual({ [year.data.value.id]: 1402 });
    const bad = await updateCase(db, c.data.value.id, { values: { [role.data.value.id]: 'z' } });
    expect(bad.ok).toBe(false);
    const good = await updateCase(db, c.data.value.id, {
      values: { [role.data.value.id]: 'b', [year.data.value.id]: null },
    });
    expect(good.ok && good.data.value.values).toEqual({ [role.data.value.id]: 'b' });
    await deleteAttribute(db, role.data.value.id);
    expect((await db.cases.get(c.data.value.id))?.values).toEqual({});
    const docs = await addDocuments(db, p.id, [{ title: 'd', text: 't', caseId: c.data.value.id }]);
    await deleteCase(db, c.data.value.id);
    expect((await listDocumentMetas(db, p.id))[0]?.caseId).toBeNull();
    expect(docs.value.length).toBe(1);
  });
});

describe('linking documents to cases and source labels', () => {
  async function setup() {
    const db = await openTestDb();
    const p = await createProject(db, { name: 'P', language: 'fa' });
    const a = await createCase(db, p.id, { name: 'P01' });
    const b = await createCase(db, p.id, { name: 'مریم' });
    if (!a.ok || !b.ok) throw new Error('setup');
    const docs = await addDocuments(db, p.id, [
      { title: 'P01.docx', text: 'x' },
      { title: 'مریم', text: 'y' },
    ]);
    const [d1, d2] = docs.value;
    if (!d1 || !d2) throw new Error('setup');
    return { db, p, a: a.data.value, b: b.data.value, d1, d2 };
  }

  it('links all documents in one write, and undoes as one change set', async () => {
    const { db, p, a, b, d1, d2 } = await setup();
    const r = await linkDocumentsToCases(db, p.id, [
      { documentId: d1.id, caseId: a.id },
      { documentId: d2.id, caseId: b.id },
    ]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.changes.documents).toHaveLength(2);
    const metas = await listDocumentMetas(db, p.id);
    expect(Object.fromEntries(metas.map((m) => [m.title, m.caseId]))).toEqual({
      'P01.docx': a.id,
      مریم: b.id,
    });
  });

  it('links nothing when one case is gone', async () => {
    const { db, p, a, b, d1, d2 } = await setup();
    await deleteCase(db, b.id);
    const r = await linkDocumentsToCases(db, p.id, [
      { documentId: d1.id, caseId: a.id },
      { documentId: d2.id, caseId: b.id },
    ]);
    expect(r.ok ? null : r.error?.code).toBe('cases.linkCaseGone');
    expect((await listDocumentMetas(db, p.id)).every((m) => m.caseId === null)).toBe(true);
  });

  it('sets, refuses and clears a label', async () => {
    const { db, d1 } = await setup();
    const set = await setDocumentLabel(db, d1.id, ' A1 ');
    expect(set.ok && set.data.value.label).toBe('A1');
    const bad = await setDocumentLabel(db, d1.id, 'A,1');
    expect(bad.ok ? null : bad.error?.code).toBe('cases.labelHasSeparator');
    const cleared = await setDocumentLabel(db, d1.id, '');
    expect(cleared.ok && 'label' in cleared.data.value).toBe(false);
    expect((await db.documents.get(d1.id))?.label).toBeUndefined();
  });
});

describe('linking in the store', () => {
  it('is one undo step', async () => {
    const db = await openTestDb();
    const p = await createProject(db, { name: 'P', language: 'en' });
    const store = await openProjectStore(db, p.id);
    const a = await store.createCase({ name: 'P01' });
    await store.addDocuments([
      { title: 'P01', text: 'x' },
      { title: 'P01 again', text: 'y' },
    ]);
    if (!a.ok) throw new Error(a.reason);
    const docs = store.getState().documents;
    const r = await store.linkDocumentsToCases(
      docs.map((d) => ({ documentId: d.id, caseId: a.data.id })),
    );
    expect(r.ok).toBe(true);
    expect(store.getState().documents.map((d) => d.caseId)).toEqual([a.data.id, a.data.id]);
    await store.undo();
    expect(store.getState().documents.map((d) => d.caseId)).toEqual([null, null]);
    store.close();
  });
});
