import { describe, expect, it } from 'vitest';
import { toCsv } from '../export';
import { asId } from '../model/ids';
import type { Coding } from '../model/types';
import { planAutoCoding } from './auto-code';
import { hitsTable } from './hits-table';

const doc = asId<'DocumentId'>('d1');
const other = asId<'DocumentId'>('d2');
const code = asId<'CodeId'>('c1');
const otherCode = asId<'CodeId'>('c2');

function coding(codeId: typeof code, start: number, end: number): Coding {
  return {
    id: asId<'CodingId'>(`${codeId}-${start}`),
    projectId: asId<'ProjectId'>('p'),
    documentId: doc,
    codeId,
    start,
    end,
    coderId: null,
    memo: '',
    createdAt: 0,
  };
}

describe('planAutoCoding', () => {
  it('skips hits already coded with the code at the same range, and repeats', () => {
    const existing = [coding(code, 0, 6), coding(otherCode, 10, 16), coding(code, 20, 27)];
    const hits = [
      { documentId: doc, start: 0, end: 6 },
      { documentId: doc, start: 10, end: 16 },
      { documentId: doc, start: 20, end: 26 },
      { documentId: other, start: 0, end: 6 },
      { documentId: other, start: 0, end: 6 },
    ];
    const plan = planAutoCoding(hits, code, (d) => (d === doc ? existing : []));
    expect(plan.skipped).toBe(2);
    expect(plan.add.map((a) => `${a.documentId}:${a.start}-${a.end}`)).toEqual([
      'd1:10-16',
      'd1:20-26',
      'd2:0-6',
    ]);
    expect(plan.add.every((a) => a.codeId === code)).toBe(true);
  });
});

describe('hitsTable', () => {
  it('writes one row per hit with its context; formula-like cells are neutralized by toCsv', () => {
    const table = hitsTable(
      [{ documentId: doc, start: 3, end: 9, before: '=SUM ', match: 'کریدور', after: ' شمال' }],
      () => 'مصاحبه ۱',
      { document: 'Doc', start: 'S', end: 'E', before: 'B', match: 'M', after: 'A' },
    );
    expect(table.rows).toEqual([['مصاحبه ۱', 3, 9, '=SUM ', 'کریدور', ' شمال']]);
    const csv = toCsv(table);
    expect(csv).toContain('کریدور');
    expect(csv).not.toContain(',=SUM');
  });
});
