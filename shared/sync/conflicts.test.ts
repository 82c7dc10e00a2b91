import { describe, expect, it } from 'vitest';
import { couchWinner, listConflicts } from './conflicts';
import type { RowDoc } from './docs';

describe('conflicts', () => {
  it('follows CouchDB: the longest history wins, then the larger revision id', () => {
    // Written out by hand from CouchDB's documented rule.
    expect(couchWinner(['1-zzz', '2-abc', '2-abd'])).toBe('2-abd');
    expect(couchWinner(['3-000', '2-fff'])).toBe('3-000');
  });

  it('lists a code with its losing version, and ignores codings and deleted losers', () => {
    const winner: RowDoc = {
      _id: 'codes:k1',
      _rev: '2-b',
      _conflicts: ['2-a', '2-0'],
      row: { id: 'k1' },
      by: 'bob',
    };
    const loser: RowDoc = { _id: 'codes:k1', _rev: '2-a', row: { id: 'k1' }, by: 'alice' };
    const gone: RowDoc = { _id: 'codes:k1', _rev: '2-0', _deleted: true };
    const coding: RowDoc = {
      _id: 'codings:c1',
      _rev: '2-b',
      _conflicts: ['2-a'],
      row: { id: 'c1' },
    };
    const list = listConflicts([coding, winner], (id) =>
      id === 'codes:k1' ? [loser, gone] : [coding],
    );
    expect(list).toEqual([
      { docId: 'codes:k1', table: 'codes', rowId: 'k1', winner, losers: [loser] },
    ]);
  });
});
