import { describe, expect, it } from 'vitest';
import type { CodeId } from '../model/ids';
import type { Code } from '../model/types';
import { applyChanges, invertChanges } from './changes';
import { moveCode, mergeCodes } from './code-tree-ops';
import { createCode, deleteCode, listCodes, updateCode } from './codes-repo';
import { addCoding, listCodings } from './codings-repo';
import { addDocuments } from './documents-repo';
import { createProject } from './projects-repo';
import { openTestDb } from './test-db';
import type { MazmunDb } from './database';

async function setup() {
  const db = await openTestDb();
  const p = await createProject(db, { name: 'P' });
  const docs = await addDocuments(db, p.id, [{ title: 'D', text: 'abcdefghijklmnopqrstuvwxyz' }]);
  const doc = docs.value[0]!;
  const code = async (name: string, parentId: CodeId | null = null): Promise<Code> => {
    const r = await createCode(db, p.id, { name, parentId });
    if (!r.ok) throw new Error(r.reason);
    return r.data.value;
  };
  const code1 = async (db2: MazmunDb, codeId: CodeId, start: number, end: number) => {
    const r = await addCoding(db2, p.id, { documentId: doc.id, codeId, start, end });
    if (!r.ok) throw new Error(r.reason);
    return r.data.value;
  };
  return { db, p, doc, code, coding: (c: CodeId, s: number, e: number) => code1(db, c, s, e) };
}

const tree = (codes: readonly Code[]) =>
  codes
    .map((c) => `${codes.find((x) => x.id === c.parentId)?.name ?? '-'}>${c.name}@${c.order}`)
    .sort();

describe('codes', () => {
  it('creates with sibling order and refuses bad input', async () => {
    const { db, p, code } = await setup();
    const a = await code('A');
    const b = await code('B');
    const a1 = await code('A1', a.id);
    expect([a.order, b.order, a1.order]).toEqual([0, 1, 0]);
    expect((await createCode(db, p.id, { name: '  ' })).ok).toBe(false);
    expect((await createCode(db, p.id, { name: 'x', color: 'red' })).ok).toBe(false);
    const u = await updateCode(db, a.id, { name: 'Alpha', whenToUse: 'always' });
    expect(u.ok && u.data.value.name).toBe('Alpha');
  });

  it('moves with renumbering and prevents cycles', async () => {
    const { db, p, code } = await setup();
    const a = await code('A');
    const b = await code('B');
    const c = await code('C');
    const a1 = await code('A1', a.id);
    const r = await moveCode(db, c.id, a.id, 0);
    expect(r.ok).toBe(true);
    expect(tree(await listCodes(db, p.id))).toEqual(['->A@0', '->B@1', 'A>A1@1', 'A>C@0']);
    const cyc = await moveCode(db, a.id, a1.id, 0);
    expect(cyc).toMatchObject({ error: { code: 'db.moveUnderItself' } });
    expect((await moveCode(db, a.id, a.id, 0)).ok).toBe(false);
    // Moving back to the root at the front shifts A and B.
    await moveCode(db, c.id, null, 0);
    expect(tree(await listCodes(db, p.id))).toEqual(['->A@1', '->B@2', '->C@0', 'A>A1@0']);
    void b;
  });

  it('merges A into B: codings move (duplicates dropped), children reparented, A gone; undo restores', async () => {
    const { db, p, code, coding } = await setup();
    const a = await code('A');
    const b = await code('B');
    const b1 = await code('B1', b.id);
    const a1 = await code('A1', a.id);
    await coding(a.id, 0, 3);
    await coding(a.id, 5, 8);
    await coding(b.id, 5, 8); // same passage: the merged one would duplicate it
    const before = await listCodings(db, p.id);
    const r = await mergeCodes(db, a.id, b.id);
    if (!r.ok) throw new Error(r.reason);
    const codes = await listCodes(db, p.id);
    expect(codes.some((c) => c.id === a.id)).toBe(false);
    expect(codes.find((c) => c.id === a1.id)?.parentId).toBe(b.id);
    expect(codes.find((c) => c.id === a1.id)?.order).toBe(b1.order + 1);
    const after = await listCodings(db, p.id);
    expect(after.map((c) => `${c.codeId === b.id ? 'B' : '?'}${c.start}`).sort()).toEqual([
      'B0',
      'B5',
    ]);
    expect((await mergeCodes(db, b.id, b1.id)).ok).toBe(false);
    await applyChanges(db, invertChanges(r.data.changes));
    expect(tree(await listCodes(db, p.id))).toEqual(['->A@0', '->B@1', 'A>A1@0', 'B>B1@0']);
    const sortId = (x: { id: string }[]) => [...x].sort((m, n) => m.id.localeCompare(n.id));
    expect(sortId(await listCodings(db, p.id))).toEqual(sortId(before));
  });

  it('deletes a subtree with its codings', async () => {
    const { db, p, code, coding } = await setup();
    const a = await code('A');
    const a1 = await code('A1', a.id);
    const a11 = await code('A11', a1.id);
    const b = await code('B');
    await coding(a11.id, 1, 2);
    await coding(b.id, 1, 2);
    const r = await deleteCode(db, a.id);
    expect(r.ok && r.data.value).toBe(3);
    expect((await listCodes(db, p.id)).map((c) => c.name)).toEqual(['B']);
    expect((await listCodings(db, p.id)).map((c) => c.codeId)).toEqual([b.id]);
  });
});
