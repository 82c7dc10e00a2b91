import { describe, expect, it } from 'vitest';
import { importSnapshot } from '../db/snapshot-repo';
import { buildDocument, buildSnapshot } from '../db/test-builders';
import { openTestDb } from '../db/test-db';
import { openProjectStore } from '../store/project-store';
import { lockTexts, unlockTexts } from './text-lock';

// «علي» ends in an Arabic yeh: normalizing rewrites the text (to «علی»).
const TEXT = 'سلام علي';

describe('text rewrites in a shared project', () => {
  it('are refused while the project is shared, and allowed again after leaving', async () => {
    const db = await openTestDb();
    const base = buildSnapshot();
    const doc = buildDocument({ projectId: base.project.id, text: TEXT });
    const r = await importSnapshot(db, { ...base, documents: [...base.documents, doc] });
    if (!r.ok) throw new Error(r.reason);
    const store = await openProjectStore(db, base.project.id);

    lockTexts(base.project.id);
    const refused = await store.normalize.document(doc.id);
    expect(refused.ok ? null : refused.error?.code).toBe('sync.sharedTextLocked');
    const kept = await store.getDocumentText(doc.id);
    expect(kept.ok && kept.data).toBe(TEXT);

    unlockTexts(base.project.id);
    expect((await store.normalize.document(doc.id)).ok).toBe(true);
    const now = await store.getDocumentText(doc.id);
    expect(now.ok && now.data).toBe('سلام علی');
  });
});
