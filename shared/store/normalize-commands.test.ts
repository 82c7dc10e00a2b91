import { describe, expect, it } from 'vitest';
import { readDocumentCodings } from '../db/coding-storage';
import { getSearchKey } from '../db/search-keys';
import { importSnapshot } from '../db/snapshot-repo';
import {
  buildCode,
  buildCoding,
  buildDocument,
  buildMemo,
  buildSnapshot,
} from '../db/test-builders';
import { openTestDb } from '../db/test-db';
import { openProjectStore } from './project-store';

// «علي» (Arabic ي) and «كتاب» (Arabic ك), a tatweel in «مـهم»: 2 letters and 1 tatweel.
const TEXT = 'سلام علي. كتاب مـهم است.';
const NORMAL = 'سلام علی. کتاب مهم است.';

async function setup() {
  const db = await openTestDb();
  const base = buildSnapshot();
  const projectId = base.project.id;
  const doc = buildDocument({ projectId, title: 'Arabic letters', text: TEXT });
  const code = buildCode({ projectId, name: 'علي' });
  const on = (word: string) => {
    const start = TEXT.indexOf(word);
    return buildCoding({
      projectId,
      documentId: doc.id,
      codeId: code.id,
      start,
      end: start + word.length,
    });
  };
  const codings = [on('علي'), on('مـهم'), on('است.')];
  const snap = {
    ...base,
    documents: [...base.documents, doc],
    codes: [...base.codes, code],
    codings: [...base.codings, ...codings],
  };
  const r = await importSnapshot(db, snap);
  if (!r.ok) throw new Error(r.reason);
  const store = await openProjectStore(db, projectId);
  return { db, store, doc, code, codings };
}

function must<T>(r: { ok: true; data: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const words = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('store: normalize a document', () => {
  it('rewrites text, codings and search key in one undo step; undo and redo restore them', async () => {
    const { db, store, doc } = await setup();
    const done = must(await store.normalize.document(doc.id));
    expect(done.counts).toMatchObject({ arabicLetters: 2, tatweel: 1 });
    expect(done.codingsMoved).toBe(2); // «مـهم» shrinks, «است.» after it moves back one
    expect(must(await store.getDocumentText(doc.id))).toBe(NORMAL);
    const after = await readDocumentCodings(db, doc.id);
    expect(words(NORMAL, after).sort()).toEqual(['است.', 'علی', 'مهم'].sort());
    expect(store.getState().documents.find((d) => d.id === doc.id)?.length).toBe(NORMAL.length);
    expect((await getSearchKey(db, doc.id))?.key).toBe('سلام علی. کتاب مهم است.');
    expect(store.getState().undoLabel).toEqual({
      kind: 'normalize-document',
      subject: 'Arabic letters',
    });
    // The store's in-memory codings moved too.
    const inMemory = [...store.getState().codings.values()].filter((c) => c.documentId === doc.id);
    expect(words(NORMAL, inMemory).sort()).toEqual(['است.', 'علی', 'مهم'].sort());

    must(await store.undo());
    expect(must(await store.getDocumentText(doc.id))).toBe(TEXT);
    expect(words(TEXT, await readDocumentCodings(db, doc.id)).sort()).toEqual(
      ['است.', 'علي', 'مـهم'].sort(),
    );
    // The key of the original text: Arabic letters folded, the tatweel a space (same length).
    expect((await getSearchKey(db, doc.id))?.key).toBe('سلام علی. کتاب م هم است.');
    must(await store.redo());
    expect(must(await store.getDocumentText(doc.id))).toBe(NORMAL);
    store.close();
  });

  it('writes nothing and records no undo step for a text already normal', async () => {
    const { store, doc } = await setup();
    must(await store.normalize.document(doc.id));
    const label = store.getState().undoLabel;
    const again = must(await store.normalize.document(doc.id));
    expect(again.codingsMoved).toBe(0);
    expect(store.getState().undoLabel).toEqual(label);
    must(await store.undo());
    expect(must(await store.getDocumentText(doc.id))).toBe(TEXT);
    store.close();
  });
});

describe('store: normalize a document with pages', () => {
  it('moves the page starts of its import record with the text, in the same undo step', async () => {
    const db = await openTestDb();
    const base = buildSnapshot();
    const projectId = base.project.id;
    // Page 2 starts at «كتاب» (offset 10); the tatweel before it goes, so page 2 starts at 9.
    const doc = buildDocument({ projectId, title: 'PDF', text: 'سلام مـهم كتاب است' });
    const memo = buildMemo({
      projectId,
      target: { kind: 'document', id: doc.id },
      title: 'Import record',
      text: 'Page starts (character offsets in the text): 1:0 2:10',
    });
    const snap = { ...base, documents: [...base.documents, doc], memos: [...base.memos, memo] };
    const r = await importSnapshot(db, snap);
    if (!r.ok) throw new Error(r.reason);
    const store = await openProjectStore(db, projectId);
    must(await store.normalize.document(doc.id));
    expect(must(await store.getDocumentText(doc.id))).toBe('سلام مهم کتاب است');
    const record = () => store.getState().memos.find((m) => m.id === memo.id)?.text;
    expect(record()).toBe('Page starts (character offsets in the text): 1:0 2:9');
    expect((await db.memos.get(memo.id))?.text).toBe(record());
    must(await store.undo());
    expect(record()).toBe(memo.text);
    store.close();
  });
});

describe('store: normalize code names', () => {
  it('renames every code whose name changes at once, one undo step', async () => {
    const { store, code } = await setup();
    const renamed = must(await store.normalize.codeNames());
    expect(renamed.map((c) => [c.id, c.name])).toEqual([[code.id, 'علی']]);
    expect(store.getState().codes.find((c) => c.id === code.id)?.name).toBe('علی');
    must(await store.undo());
    expect(store.getState().codes.find((c) => c.id === code.id)?.name).toBe('علي');
    store.close();
  });
});
