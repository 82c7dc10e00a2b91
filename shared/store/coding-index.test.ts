import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import type { Coding } from '../model/types';
import { buildCoding } from '../db/test-builders';
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
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const ix = new CodingIndex();
        const model = new Map<string, Coding>();
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
});
