// Two ProjectStores on one database are two windows on one project (issue 12, item 9): undo,
// redo and edits must check the database, never overwrite another window's newer work, and
// never leave a coding pointing at a code or document that is gone.
import { describe, expect, it } from 'vitest';
import { listCodings } from '../db/codings-repo';
import type { MazmunDb } from '../db/database';
import { importSnapshot } from '../db/snapshot-repo';
import { buildSnapshot } from '../db/test-builders';
import { newTestIdb, openTestDb, uniqueDbName } from '../db/test-db';
import type { Result } from '../model/snapshot';
import type { Code, DocumentMeta } from '../model/types';
import { openProjectStore, type ProjectStore } from './project-store';

async function twoWindows() {
  const idb = newTestIdb();
  const name = uniqueDbName('two-windows');
  const dbA = await openTestDb(idb, name);
  const snap = buildSnapshot();
  const imported = await importSnapshot(dbA, snap);
  if (!imported.ok) throw new Error(imported.reason);
  const dbB = await openTestDb(idb, name);
  const a = await openProjectStore(dbA, snap.project.id);
  const b = await openProjectStore(dbB, snap.project.id);
  const [economy, trade] = snap.codes as [Code, Code];
  // As both windows show them at first (metadata, no texts).
  const [fa, en] = a.getState().documents as [DocumentMeta, DocumentMeta];
  return { dbA, snap, a, b, economy, trade, fa, en };
}

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

function reasonOf(r: Result<unknown>): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

/** Codings whose code or document is missing: must always be none. */
async function dangling(db: MazmunDb, store: ProjectStore): Promise<number> {
  const codes = new Set((await db.codes.toArray()).map((c) => c.id));
  const docs = new Set((await db.documents.toArray()).map((d) => d.id));
  const all = await listCodings(db, store.projectId);
  return all.filter((c) => !codes.has(c.codeId) || !docs.has(c.documentId)).length;
}

const codeName = (s: ProjectStore, id: string) => s.getState().codes.find((c) => c.id === id)?.name;

describe('two windows on one project', () => {
  it('undo does not revert a rename another window made since', async () => {
    const { dbA, a, b, trade } = await twoWindows();
    must(await a.updateCode(trade.id, { name: 'Commerce' }));
    await b.reload();
    must(await b.updateCode(trade.id, { name: 'Exchange' }));
    await a.reload();

    const r = await a.undo();
    expect(reasonOf(r)).toBe(
      'The code "Exchange" was changed in another window; undo was not applied.',
    );
    expect((await dbA.codes.get(trade.id))?.name).toBe('Exchange');
    expect(codeName(a, trade.id)).toBe('Exchange');
    // The step can never be replayed safely: it left the history.
    expect(a.getState().canUndo).toBe(false);
    expect(a.getState().canRedo).toBe(false);
    // Whatever asked for the undo (a button, Ctrl+Z, the menu), the state says why it was refused.
    // The refusal itself, code and all, so the banner translates it by code.
    expect(a.getState().undoRefusal).toBe(r);
    expect(a.getState().undoRefusal?.error?.code).toBe('store.changedElsewhereNoUndo');
    must(await a.createCode({ name: 'Later' }));
    expect(a.getState().undoRefusal).toBeNull();
    a.close();
    b.close();
  });

  it('undo checks the database even before the other window’s news arrives', async () => {
    const { dbA, a, b, trade } = await twoWindows();
    must(await a.updateCode(trade.id, { name: 'Commerce' }));
    await b.reload();
    must(await b.updateCode(trade.id, { name: 'Exchange' }));
    // No reload of `a`: its memory still says "Commerce".
    expect(reasonOf(await a.undo())).toMatch(/^The code "Exchange" was changed in another window/);
    expect((await dbA.codes.get(trade.id))?.name).toBe('Exchange');
    expect(codeName(a, trade.id)).toBe('Exchange');
    a.close();
    b.close();
  });

  it('redo does not re-create a coding on a code another window deleted', async () => {
    const { dbA, a, b, en } = await twoWindows();
    const code = must(await a.createCode({ name: 'Security' }));
    const coding = must(
      await a.addCoding({ documentId: en.id, codeId: code.id, start: 40, end: 48 }),
    );
    must(await a.undo());
    await b.reload();
    must(await b.deleteCode(code.id));
    await a.reload();

    const r = await a.redo();
    expect(reasonOf(r)).toBe(
      'The code "Security" was deleted in another window; redo was not applied.',
    );
    expect(a.getState().codings.get(coding.id)).toBeUndefined();
    expect(await dangling(dbA, a)).toBe(0);
    const fresh = await openProjectStore(dbA, a.projectId);
    expect(fresh.getState().codingCount).toBe(a.getState().codingCount);
    expect(fresh.repairedCodings).toBe(0);
    fresh.close();
    a.close();
    b.close();
  });

  it('undoing a code deletion does not bring back codings on a document deleted elsewhere', async () => {
    const { dbA, a, b, trade, en } = await twoWindows();
    must(await a.deleteCode(trade.id));
    await b.reload();
    must(await b.deleteDocument(en.id));
    await a.reload();

    const r = await a.undo();
    expect(reasonOf(r)).toBe(
      'The document "Interview 2" was deleted in another window; undo was not applied.',
    );
    expect(await dbA.codes.get(trade.id)).toBeUndefined();
    expect(await dangling(dbA, a)).toBe(0);
    expect(a.getState().codingCount).toBe((await listCodings(dbA, a.projectId)).length);
    a.close();
    b.close();
  });

  it('undo does not restore a code under a parent another window deleted', async () => {
    const { dbA, a, b, economy, trade } = await twoWindows();
    must(await a.deleteCode(trade.id));
    await b.reload();
    must(await b.deleteCode(economy.id));
    expect(reasonOf(await a.undo())).toBe(
      'The code "Economy" was deleted in another window; undo was not applied.',
    );
    expect(await dbA.codes.count()).toBe(0);
    expect(await dangling(dbA, a)).toBe(0);
    a.close();
    b.close();
  });

  it('undoing "create code" is refused once another window coded with it', async () => {
    const { dbA, a, b, fa } = await twoWindows();
    const code = must(await a.createCode({ name: 'Trust' }));
    await b.reload();
    must(await b.addCoding({ documentId: fa.id, codeId: code.id, start: 0, end: 4 }));
    expect(reasonOf(await a.undo())).toBe(
      'The code "Trust" was used in another window; undo was not applied.',
    );
    expect(await dbA.codes.get(code.id)).toBeDefined();
    expect(await dangling(dbA, a)).toBe(0);
    a.close();
    b.close();
  });

  it('a rename made on a stale view is refused, not last-writer-wins', async () => {
    const { dbA, a, b, trade } = await twoWindows();
    must(await a.updateCode(trade.id, { name: 'Commerce' }));
    // `b` renames before it heard of `a`'s rename.
    const r = await b.updateCode(trade.id, { name: 'Exchange' });
    expect(reasonOf(r)).toBe(
      'The code "Trade" was changed in another window; your view has been refreshed.',
    );
    expect((await dbA.codes.get(trade.id))?.name).toBe('Commerce');
    expect(codeName(b, trade.id)).toBe('Commerce');
    // A rename of another field is not a conflict: it keeps the other window's name.
    must(await b.updateCode(trade.id, { color: '#123456' }, trade));
    expect((await dbA.codes.get(trade.id))?.name).toBe('Commerce');
    a.close();
    b.close();
  });

  it('a rename from an editor opened before another window’s rename is refused', async () => {
    const { dbA, a, b, trade, en, snap } = await twoWindows();
    const kase = snap.cases[0]!;
    const memo = snap.memos[0]!;
    must(await a.updateCode(trade.id, { name: 'Commerce' }));
    must(await a.renameDocument(en.id, 'Interview two'));
    must(await a.updateCase(kase.id, { name: 'Expert one' }));
    must(await a.updateMemo(memo.id, { text: 'From window A' }));
    await b.reload();
    // The editors in `b` still hold the rows as they were when they opened.
    const stale = (subject: object) => ({
      ok: false,
      error: { code: 'store.changedElsewhereRefreshed', params: { subject } },
    });
    expect(await b.updateCode(trade.id, { name: 'Exchange' }, trade)).toMatchObject(
      stale({ code: 'store.theCode', params: { name: 'Trade' } }),
    );
    expect(await b.renameDocument(en.id, 'Talk 2', en)).toMatchObject(
      stale({ code: 'store.theDocument', params: { name: 'Interview 2' } }),
    );
    expect(await b.updateCase(kase.id, { name: 'E1' }, kase)).toMatchObject(
      stale({ code: 'store.theCase', params: { name: kase.name } }),
    );
    expect(await b.updateMemo(memo.id, { text: 'From B' }, memo)).toMatchObject(
      stale({ code: 'store.theMemo', params: { name: memo.title } }),
    );
    expect((await dbA.codes.get(trade.id))?.name).toBe('Commerce');
    expect((await dbA.documents.get(en.id))?.title).toBe('Interview two');
    expect((await dbA.cases.get(kase.id))?.name).toBe('Expert one');
    expect((await dbA.memos.get(memo.id))?.text).toBe('From window A');
    a.close();
    b.close();
  });

  it('coding with a code another window deleted is refused and the view refreshed', async () => {
    const { dbA, a, b, trade, fa } = await twoWindows();
    const codes = (await dbA.codes.count()) - 1;
    must(await a.deleteCode(trade.id));
    // `b` still lists "Trade" (the picker was open) and codes with it.
    const r = await b.addCoding({ documentId: fa.id, codeId: trade.id, start: 0, end: 4 });
    expect(r).toMatchObject({ error: { code: 'db.codeGone' } });
    expect(reasonOf(r)).toBe('The code no longer exists.');
    expect(b.getState().codes.some((c) => c.id === trade.id)).toBe(false);
    expect(await dbA.codes.count()).toBe(codes);
    expect(await dangling(dbA, b)).toBe(0);
    a.close();
    b.close();
  });
});

describe('dangling codings already in a database', () => {
  it('are removed at open, so every view counts the same codings', async () => {
    const { dbA, a, b, trade, snap } = await twoWindows();
    a.close();
    b.close();
    // What an older Mazmun's unchecked undo could leave: codings whose code is gone.
    await dbA.codes.delete(trade.id);
    expect(await dangling(dbA, a)).toBe(2);
    const store = await openProjectStore(dbA, snap.project.id);
    expect(store.repairedCodings).toBe(2);
    expect(store.getState().codingCount).toBe(1);
    expect((await listCodings(dbA, snap.project.id)).length).toBe(1);
    expect(await dangling(dbA, store)).toBe(0);
    store.close();
  });
});
