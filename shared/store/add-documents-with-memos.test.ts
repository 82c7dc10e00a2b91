// store.addDocumentsWithMemos (issue 11): a document and its import record (the text before a
// repair, a PDF's page starts) are one command: one undo takes both away, one redo brings both.
import { describe, expect, it } from 'vitest';
import { importSnapshot } from '../db/snapshot-repo';
import { buildSnapshot } from '../db/test-builders';
import { openTestDb } from '../db/test-db';
import { openProjectStore } from './project-store';

describe('addDocumentsWithMemos', () => {
  it('adds documents with their memos in one undo step', async () => {
    const db = await openTestDb();
    const snap = buildSnapshot();
    const r = await importSnapshot(db, snap);
    if (!r.ok) throw new Error(r.reason);
    const store = await openProjectStore(db, snap.project.id);
    const docsBefore = store.getState().documents.length;
    const memosBefore = store.getState().memos.length;
    const added = await store.addDocumentsWithMemos(
      [
        { title: 'repaired', text: 'متن ترمیم‌شده' },
        { title: 'plain', text: 'plain text' },
      ],
      [{ title: 'Import record', text: 'the original' }, null],
    );
    if (!added.ok) throw new Error(added.reason);
    const [first] = added.data;
    const memos = store.getState().memos.slice(memosBefore);
    expect(memos.map((m) => [m.target, m.text])).toEqual([
      [{ kind: 'document', id: first?.id }, 'the original'],
    ]);
    expect(store.getState().documents).toHaveLength(docsBefore + 2);
    const undone = await store.undo();
    expect(undone.ok && undone.data.kind).toBe('add-documents');
    expect(store.getState().documents).toHaveLength(docsBefore);
    expect(store.getState().memos).toHaveLength(memosBefore);
    await store.redo();
    expect(store.getState().memos).toHaveLength(memosBefore + 1);
  });
});
