import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import type { Coding } from '../model/types';
import { buildCoding } from '../db/test-builders';
import { packCodings } from '../db/coding-storage-pack';
import { CodingIndex } from './coding-index';

const pid = asId<'ProjectId'>('p');
const mk = (id: string, code: string, doc: string, start: number): Coding =>
  buildCoding({
    id: asId<'CodingId'>(id),
    projectId: pid,
    codeId: asId<'CodeId'>(code),
    documentId: asId<'DocumentId'>(doc),
    start,
    end: start + 3,
  });

describe('CodingIndex', () => {
  it('counts references and sources, orders a document by start', () => {
    const ix = new CodingIndex([
      mk('1', 'a', 'd1', 9),
      mk('2', 'a', 'd1', 2),
      mk('3', 'a', 'd2', 0),
    ]);
    expect(ix.referenceCount(asId('a'))).toBe(3);
    expect(ix.sourceCount(asId('a'))).toBe(2);
    expect(ix.byDocument(asId('d1')).map((c) => c.start)).toEqual([2, 9]);
    ix.update({ ...mk('3', 'b', 'd1', 0) });
    expect(ix.sourceCount(asId('a'))).toBe(1);
    expect(ix.referenceCount(asId('b'))).toBe(1);
    expect(ix.remove(asId('9'))).toBeUndefined();
  });

  it('agrees with a naive model under random add/update/remove', () => {
    const op = fc.record({
      kind: fc.constantFrom('add', 'remove'),
      id: fc.integer({ min: 0, max: 15 }),
      code: fc.constantFrom('a', 'b', 'c'),
      doc: fc.constantFrom('d1', 'd2', 'd3'),
      start: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.boolean(), (ops, packed) => {
        // Half the runs start from stored packs of the first ops' codings (as at open).
        const model = new Map<string, Coding>();
        const first = packed ? ops.splice(0, ops.length >> 1) : [];
        for (const o of first) {
          if (o.kind === 'add') model.set(String(o.id), mk(String(o.id), o.code, o.doc, o.start));
          else model.delete(String(o.id));
        }
        const ix = CodingIndex.fromPacks(packCodings(model.values()));
        for (const o of ops) {
          if (o.kind === 'add') {
            const c = mk(String(o.id), o.code, o.doc, o.start);
            ix.add(c);
            model.set(c.id, c);
          } else {
            ix.remove(asId(String(o.id)));
            model.delete(String(o.id));
          }
        }
        const all = [...model.values()];
        expect(ix.size).toBe(model.size);
        expect([...ix.values()].map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
        for (const id of ['0', '7', '15']) expect(ix.get(asId(id))).toEqual(model.get(id));
        for (const code of ['a', 'b', 'c']) {
          const mine = all.filter((c) => c.codeId === code);
          expect(ix.referenceCount(asId(code))).toBe(mine.length);
          expect(ix.sourceCount(asId(code))).toBe(new Set(mine.map((c) => c.documentId)).size);
          expect(
            ix
              .byCode(asId(code))
              .map((c) => c.id)
              .sort(),
          ).toEqual(mine.map((c) => c.id).sort());
        }
        for (const doc of ['d1', 'd2', 'd3']) {
          const starts = all
            .filter((c) => c.documentId === doc)
            .map((c) => c.start)
            .sort((x, y) => x - y);
          expect(ix.byDocument(asId(doc)).map((c) => c.start)).toEqual(starts);
          expect(ix.countByDocument(asId(doc))).toBe(starts.length);
        }
      }),
    );
  });

  it('opens from packs without building objects, and answers from their columns', () => {
    const codings = [
      mk('1', 'a', 'd1', 9),
      mk('2', 'b', 'd1', 2),
      mk('3', 'a', 'd2', 0),
      mk('4', 'a', 'd1', 5),
    ];
    const ix = CodingIndex.fromPacks(packCodings(codings));
    // By hand: a has 3 codings in d1 and d2, b one in d1.
    expect(ix.size).toBe(4);
    expect(ix.referenceCount(asId('a'))).toBe(3);
    expect(ix.sourceCount(asId('a'))).toBe(2);
    expect(ix.sourceCount(asId('b'))).toBe(1);
    expect(ix.documentsOf(asId('a')).sort()).toEqual(['d1', 'd2']);
    expect(ix.countByDocument(asId('d1'))).toBe(3);
    expect(ix.has(asId('3'))).toBe(true);
    expect(ix.has(asId('9'))).toBe(false);
    expect(ix.byDocument(asId('d1')).map((c) => c.id)).toEqual(['2', '4', '1']);
    expect(ix.get(asId('4'))).toEqual(codings[3]);
    // select builds only what it returns: the codings of b.
    expect(ix.select((code) => code === 'b').map((c) => c.id)).toEqual(['2']);
    // A new coding (isNew) and the removal of one by its known document.
    ix.add(mk('5', 'b', 'd2', 1), true);
    expect(ix.remove(asId('3'), asId('d2'))?.id).toBe('3');
    expect(ix.sourceCount(asId('a'))).toBe(1);
    expect(ix.sourceCount(asId('b'))).toBe(2);
    expect(ix.byDocument(asId('d2')).map((c) => c.id)).toEqual(['5']);
  });
});
