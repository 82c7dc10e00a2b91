import { describe, expect, it } from 'vitest';
import { countCodings } from './coding-storage';
import type { MazmunDb } from './database';
import { exportSnapshot, IMPORT_CHUNK_SIZE, importSnapshot } from './snapshot-repo';
import { buildCoding, buildSnapshot, buildSnapshotOfSize } from './test-builders';
import { openTestDb } from './test-db';

/** Rows in every table, a coding pack counted as the codings it holds. */
async function rowCount(db: MazmunDb): Promise<number> {
  const counts = await Promise.all(
    // searchKeys: derived from the texts (an index of them), not rows of the project.
    db.tables.map((t) =>
      t.name === 'codingPacks' ? countCodings(db) : t.name === 'searchKeys' ? 0 : t.count(),
    ),
  );
  return counts.reduce((s, n) => s + n, 0);
}

const byId = <T extends { id: string }>(xs: readonly T[]) =>
  [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('importSnapshot / exportSnapshot', () => {
  it('round-trips a project', async () => {
    const db = await openTestDb();
    const snap = buildSnapshot();
    const r = await importSnapshot(db, snap);
    expect(r.ok).toBe(true);
    const out = await exportSnapshot(db, snap.project.id);
    expect(out.project).toEqual(snap.project);
    for (const k of [
      'documents',
      'cases',
      'attributes',
      'codes',
      'codings',
      'memos',
      'coders',
    ] as const) {
      expect(byId(out[k] as readonly { id: string }[])).toEqual(
        byId(snap[k] as readonly { id: string }[]),
      );
    }
  });

  it('writes in chunks and reports progress up to the total', async () => {
    const db = await openTestDb();
    const snap = buildSnapshotOfSize({ documents: 30, codes: 7, codingsPerDocument: 100 });
    const calls: [number, number][] = [];
    const r = await importSnapshot(db, snap, (done, total) => calls.push([done, total]));
    const total = 1 + 2 * 30 + 7 + 30 * 100;
    expect(r.ok && r.data.rows).toBe(total);
    expect(calls.at(-1)).toEqual([total, total]);
    // The codings table alone needs ceil(3000 / chunk) chunks.
    expect(calls.length).toBeGreaterThanOrEqual(Math.ceil(3000 / IMPORT_CHUNK_SIZE) + 4);
    expect(calls.every(([d], i) => i === 0 || d > (calls[i - 1]?.[0] ?? 0))).toBe(true);
    expect(await rowCount(db)).toBe(total);
  });

  it('an error thrown by onProgress half-way leaves no rows at all', async () => {
    const db = await openTestDb();
    const snap = buildSnapshotOfSize({ documents: 30, codes: 7, codingsPerDocument: 100 });
    let seen = 0;
    const r = await importSnapshot(db, snap, (done, total) => {
      seen = done;
      if (done > total / 2) throw new Error('cancelled by the user');
    });
    expect(r.ok ? '' : r.reason).toContain('cancelled by the user');
    expect(seen).toBeGreaterThan(IMPORT_CHUNK_SIZE); // rows had been written before the abort
    expect(await rowCount(db)).toBe(0);
  });

  it('a duplicate key in the last table aborts everything and says nothing was saved', async () => {
    const db = await openTestDb();
    const first = buildSnapshot();
    expect((await importSnapshot(db, first)).ok).toBe(true);
    const before = await rowCount(db);
    const second = buildSnapshot();
    // A memo id that already exists (from the first project) collides in the last table written.
    const clash = { ...second.memos[0]!, id: first.memos[0]!.id };
    const r = await importSnapshot(db, { ...second, memos: [clash] });
    expect(r.ok ? '' : r.reason).toContain('Nothing was saved');
    expect(await rowCount(db)).toBe(before);
  });

  it('a coding id stored in another project aborts the import (packs have no unique index)', async () => {
    const db = await openTestDb();
    const first = buildSnapshot();
    expect((await importSnapshot(db, first)).ok).toBe(true);
    const before = await rowCount(db);
    const second = buildSnapshot();
    const clash = { ...second.codings[0]!, id: first.codings[0]!.id };
    const r = await importSnapshot(db, { ...second, codings: [clash, ...second.codings.slice(1)] });
    expect(r).toMatchObject({
      error: { code: 'db.importIdsTaken', params: { name: second.project.name } },
    });
    expect(r.ok ? '' : r.reason).toContain('some of its ids already exist');
    expect(await rowCount(db)).toBe(before);
  });

  it('refuses inconsistent input with a clear message before writing', async () => {
    const db = await openTestDb();
    const s = buildSnapshot();
    const bad = buildCoding({
      projectId: s.project.id,
      documentId: s.documents[0]!.id,
      codeId: s.codes[0]!.id,
      start: 0,
      end: s.documents[0]!.text.length + 1,
    });
    const r = await importSnapshot(db, { ...s, codings: [bad] });
    expect(r).toMatchObject({ error: { code: 'db.snapshotProblem' } });
    expect(r.ok ? '' : r.reason).toContain('outside its document');
    expect(await rowCount(db)).toBe(0);
  });
});
