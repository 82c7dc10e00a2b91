import { describe, expect, it } from 'vitest';
import { asId, type CodeId, type DocumentId } from '../model/ids';
import type { Coding } from '../model/types';
import {
  addStoredCodings,
  applyCodingChanges,
  countCodings,
  deleteDocumentCodings,
  deleteStoredCodings,
  getCoding,
  putStoredCodings,
  readCodeCodings,
  readDocumentCodings,
  readProjectCodings,
  storedCodingIds,
} from './coding-storage';
import type { MazmunDb } from './database';
import { buildCoding } from './test-builders';
import { openTestDb } from './test-db';

const P1 = asId<'ProjectId'>('p1');
const P2 = asId<'ProjectId'>('p2');
const doc = (n: number) => asId<'DocumentId'>(`d${n}`);
const code = (n: number) => asId<'CodeId'>(`k${n}`);

function coding(o: Partial<Coding> & { documentId: DocumentId; codeId?: CodeId }): Coding {
  return buildCoding({ projectId: P1, codeId: code(1), ...o });
}

const byId = (xs: readonly Coding[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Runs `fn` in one read-write transaction over the packs, as the repositories do. */
// An async scope function: Dexie keeps the transaction alive across its native awaits.
const inTx = <T>(db: MazmunDb, fn: () => Promise<T>) =>
  db.transaction('rw', [db.codingPacks], async () => await fn());

describe('coding storage (packs per document)', () => {
  it('round-trips every field, in text order per document, one pack per document', async () => {
    const db = await openTestDb();
    const codings = [
      coding({
        documentId: doc(1),
        start: 30,
        end: 40,
        memo: 'late one',
        coderId: asId<'CoderId'>('c1'),
      }),
      coding({ documentId: doc(1), start: 2, end: 9, codeId: code(2), createdAt: 1.5e12 + 0.25 }),
      coding({ documentId: doc(2), start: 0, end: 1 }),
      coding({ documentId: doc(1), start: 2, end: 5, coderId: asId<'CoderId'>('c2') }),
    ];
    await inTx(db, () => addStoredCodings(db, codings));
    expect(await db.codingPacks.count()).toBe(2);
    expect(byId(await readProjectCodings(db, P1))).toEqual(byId(codings));
    const d1 = await readDocumentCodings(db, doc(1));
    expect(d1.map((c) => [c.start, c.end])).toEqual([
      [2, 5],
      [2, 9],
      [30, 40],
    ]);
    expect(d1[2]).toEqual(codings[0]);
    expect(await readDocumentCodings(db, doc(9))).toEqual([]);
  });

  it('keeps projects apart and counts per project', async () => {
    const db = await openTestDb();
    const a = [coding({ documentId: doc(1) }), coding({ documentId: doc(2) })];
    const b = [buildCoding({ projectId: P2, documentId: doc(3), codeId: code(1) })];
    await inTx(db, () => addStoredCodings(db, [...a, ...b]));
    expect(byId(await readProjectCodings(db, P1))).toEqual(byId(a));
    expect(await readProjectCodings(db, P2)).toEqual(b);
    expect(await countCodings(db, P1)).toBe(2);
    expect(await countCodings(db)).toBe(3);
  });

  it('finds codings by id and by code through the pack indexes', async () => {
    const db = await openTestDb();
    const x = coding({ documentId: doc(1), codeId: code(1) });
    const y = coding({ documentId: doc(1), codeId: code(2), start: 7, end: 9 });
    const z = coding({ documentId: doc(2), codeId: code(2) });
    await inTx(db, () => addStoredCodings(db, [x, y, z]));
    expect(await getCoding(db, y.id)).toEqual(y);
    expect(await getCoding(db, 'nope')).toBeUndefined();
    expect(byId(await readCodeCodings(db, [code(2)]))).toEqual(byId([y, z]));
    expect(byId(await readCodeCodings(db, [code(1), code(2)]))).toEqual(byId([x, y, z]));
    expect(await readCodeCodings(db, [code(3)])).toEqual([]);
    expect(await storedCodingIds(db, [x.id, 'nope', z.id])).toEqual(new Set([x.id, z.id]));
  });

  it('refuses to add an id that is stored already, and the transaction leaves nothing', async () => {
    const db = await openTestDb();
    const x = coding({ documentId: doc(1) });
    await inTx(db, () => addStoredCodings(db, [x]));
    const again = { ...coding({ documentId: doc(2) }), id: x.id };
    await expect(
      inTx(db, () => addStoredCodings(db, [coding({ documentId: doc(2) }), again])),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await readProjectCodings(db, P1)).toEqual([x]);
    const twice = coding({ documentId: doc(3) });
    await expect(inTx(db, () => addStoredCodings(db, [twice, twice]))).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await countCodings(db)).toBe(1);
  });

  it('puts replace by id, also when the coding moves to another document', async () => {
    const db = await openTestDb();
    const x = coding({ documentId: doc(1) });
    const y = coding({ documentId: doc(1), start: 9, end: 12 });
    await inTx(db, () => addStoredCodings(db, [x, y]));
    const moved = { ...x, documentId: doc(2), start: 1, end: 3, memo: 'moved' };
    const changed = { ...y, codeId: code(5), coderId: asId<'CoderId'>('c9') };
    await inTx(db, () => putStoredCodings(db, [moved, changed]));
    expect(await readDocumentCodings(db, doc(1))).toEqual([changed]);
    expect(await readDocumentCodings(db, doc(2))).toEqual([moved]);
    expect(await readCodeCodings(db, [code(1)])).toEqual([moved]);
    expect(await countCodings(db)).toBe(2);
  });

  it('deletes codings; a pack left with none is removed', async () => {
    const db = await openTestDb();
    const x = coding({ documentId: doc(1) });
    const y = coding({ documentId: doc(2) });
    const z = coding({ documentId: doc(2), start: 3, end: 4 });
    await inTx(db, () => addStoredCodings(db, [x, y, z]));
    await inTx(db, () => deleteStoredCodings(db, [x, y, { id: 'gone', documentId: doc(7) }]));
    expect(await db.codingPacks.get(doc(1))).toBeUndefined();
    expect(await readProjectCodings(db, P1)).toEqual([z]);
    expect(await db.codingPacks.count()).toBe(1);
    // The ids of deleted codings are free again.
    await inTx(db, () => addStoredCodings(db, [x]));
    expect(await getCoding(db, x.id)).toEqual(x);
  });

  it('deletes a whole document and returns its codings', async () => {
    const db = await openTestDb();
    const a = [coding({ documentId: doc(1) }), coding({ documentId: doc(1), start: 8, end: 9 })];
    const other = coding({ documentId: doc(2) });
    await inTx(db, () => addStoredCodings(db, [...a, other]));
    expect(byId(await inTx(db, () => deleteDocumentCodings(db, doc(1))))).toEqual(byId(a));
    expect(await readProjectCodings(db, P1)).toEqual([other]);
  });

  it('applies changes in order (create, edit, delete), as undo and redo write them', async () => {
    const db = await openTestDb();
    const x = coding({ documentId: doc(1) });
    const x2 = { ...x, end: 50 };
    const y = coding({ documentId: doc(2) });
    await inTx(db, () => addStoredCodings(db, [y]));
    await inTx(db, () =>
      applyCodingChanges(db, [
        { before: null, after: x },
        { before: x, after: x2 },
        { before: y, after: null },
      ]),
    );
    expect(await readProjectCodings(db, P1)).toEqual([x2]);
    await inTx(db, () =>
      applyCodingChanges(db, [
        { before: null, after: y },
        { before: x2, after: null },
      ]),
    );
    expect(await readProjectCodings(db, P1)).toEqual([y]);
  });

  it('holds many documents with many codings, and edits touch one pack', async () => {
    const db = await openTestDb();
    const codings: Coding[] = [];
    for (let d = 0; d < 40; d++)
      for (let i = 0; i < 50; i++)
        codings.push(
          coding({
            documentId: doc(d),
            codeId: code(i % 7),
            start: i * 10,
            end: i * 10 + 5,
            coderId: i % 3 ? null : asId<'CoderId'>(`c${i % 2}`),
            memo: i % 11 ? '' : `memo ${i}`,
          }),
        );
    await inTx(db, () => addStoredCodings(db, codings));
    expect(await db.codingPacks.count()).toBe(40);
    expect(byId(await readProjectCodings(db, P1))).toEqual(byId(codings));
    const before = await db.codingPacks.get(doc(3));
    const victim = codings[5 * 50 + 7] as Coding;
    await inTx(db, () => deleteStoredCodings(db, [victim]));
    expect(await db.codingPacks.get(doc(3))).toEqual(before);
    expect((await readDocumentCodings(db, doc(5))).length).toBe(49);
    expect(await countCodings(db, P1)).toBe(codings.length - 1);
  });

  it('refuses to read a damaged pack, naming the document', async () => {
    const db = await openTestDb();
    const x = coding({ documentId: doc(1) });
    await inTx(db, () => addStoredCodings(db, [x]));
    const p = await db.codingPacks.get(doc(1));
    await db.codingPacks.put({ ...(p as NonNullable<typeof p>), starts: new Float64Array(0) });
    await expect(readProjectCodings(db, P1)).rejects.toThrow(/document d1 are damaged/);
  });
});
