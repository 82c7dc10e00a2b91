import { describe, expect, it } from 'vitest';
import type { Code, CodeId, Coding, CodingId, DocumentId, ProjectId } from '../model';
import { intersectSpans, passageContext, retrievePassages, unionSpans } from './retrieval';

const P = 'p' as ProjectId;
const D1 = 'd1' as DocumentId;
const D2 = 'd2' as DocumentId;

function code(id: string, parentId: string | null = null, order = 0): Code {
  return {
    id: id as CodeId,
    projectId: P,
    parentId: parentId as CodeId | null,
    name: id.toUpperCase(),
    description: '',
    whenToUse: '',
    whenNotToUse: '',
    example: '',
    color: '#336699',
    order,
  };
}

let seq = 0;
function coding(
  codeId: string,
  documentId: DocumentId,
  start: number,
  end: number,
  memo = '',
): Coding {
  seq++;
  return {
    id: `c${seq}` as CodingId,
    projectId: P,
    documentId,
    codeId: codeId as CodeId,
    start,
    end,
    coderId: null,
    memo,
    createdAt: seq,
  };
}

const codes = [code('g'), code('a', 'g', 0), code('b', 'g', 1), code('c')];

describe('span helpers', () => {
  it('merges overlapping spans but keeps touching ones apart', () => {
    expect(
      unionSpans([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 9, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 12 },
    ]);
  });
  it('intersects two span lists pairwise', () => {
    expect(
      intersectSpans(
        [
          { start: 0, end: 10 },
          { start: 20, end: 30 },
        ],
        [{ start: 5, end: 25 }],
      ),
    ).toEqual([
      { start: 5, end: 10 },
      { start: 20, end: 25 },
    ]);
  });
});

describe('retrievePassages', () => {
  const codings = [
    coding('a', D1, 0, 10, 'first'),
    coding('b', D1, 5, 15),
    coding('a', D1, 30, 40),
    coding('b', D1, 30, 40, 'same range'),
    coding('a', D2, 0, 5),
    coding('c', D2, 3, 8),
  ];

  it('gives each passage the page it starts on when its document has pages', () => {
    // D1 has pages starting at 0 and 20; D2 has none: its passages carry no page.
    const pageStarts = new Map([
      [
        D1,
        [
          { number: 1, start: 0 },
          { number: 2, start: 20 },
        ],
      ],
    ]);
    const rows = retrievePassages(
      { codes, codings, codeIds: ['a', 'b'] as CodeId[], mode: 'or', pageStarts },
      [D1, D2],
    );
    expect(rows.map((r) => [r.documentId, r.start, r.page])).toEqual([
      [D1, 0, 1],
      [D1, 5, 1],
      [D1, 30, 2],
      [D2, 0, undefined],
    ]);
    expect('page' in (rows[3] as object)).toBe(false);
  });

  it('OR lists every coded passage of any chosen code, identical ranges once', () => {
    const rows = retrievePassages({ codes, codings, codeIds: ['a', 'b'] as CodeId[], mode: 'or' }, [
      D1,
      D2,
    ]);
    expect(rows.map((r) => [r.documentId, r.start, r.end, r.codeIds.join('+')])).toEqual([
      [D1, 0, 10, 'a'],
      [D1, 5, 15, 'b'],
      [D1, 30, 40, 'a+b'],
      [D2, 0, 5, 'a'],
    ]);
    expect(rows[0]?.memos).toEqual(['first']);
    expect(rows[2]?.codingIds).toHaveLength(2);
  });

  it('AND keeps only the stretches every chosen code covers, as intersection ranges', () => {
    const rows = retrievePassages(
      { codes, codings, codeIds: ['a', 'b'] as CodeId[], mode: 'and' },
      [D1, D2],
    );
    expect(rows.map((r) => [r.documentId, r.start, r.end])).toEqual([
      [D1, 5, 10],
      [D1, 30, 40],
    ]);
    // The codings overlapping 5..10: a 0..10 and b 5..15.
    expect(rows[0]?.codingIds).toHaveLength(2);
    expect(rows[1]?.memos).toEqual(['same range']);
  });

  it('AND across a document without one of the codes finds nothing there', () => {
    const rows = retrievePassages({ codes, codings, codeIds: ['a', 'c'] as CodeId[], mode: 'and' });
    expect(rows.map((r) => [r.documentId, r.start, r.end])).toEqual([[D2, 3, 5]]);
  });

  it('a theme stands for its sub-codes only when asked', () => {
    const own = retrievePassages({ codes, codings, codeIds: ['g'] as CodeId[], mode: 'or' });
    expect(own).toEqual([]);
    const withSubs = retrievePassages({
      codes,
      codings,
      codeIds: ['g'] as CodeId[],
      mode: 'or',
      includeSubcodes: true,
    });
    expect(withSubs).toHaveLength(4);
    expect(new Set(withSubs.flatMap((r) => r.codeIds))).toEqual(new Set(['g']));
  });

  it('keeps only the given documents', () => {
    const rows = retrievePassages({
      codes,
      codings,
      codeIds: ['a'] as CodeId[],
      mode: 'or',
      documentIds: new Set([D2]),
    });
    expect(rows.map((r) => r.documentId)).toEqual([D2]);
  });

  it('returns nothing when no code is chosen', () => {
    expect(retrievePassages({ codes, codings, codeIds: [], mode: 'and' })).toEqual([]);
  });
});

describe('passageContext', () => {
  const text = 'Tehran and Baku signed the agreement on gas transit in the spring.';

  it('cuts the context at word breaks and marks the clipping', () => {
    const start = text.indexOf('agreement');
    const ctx = passageContext(text, start, start + 'agreement'.length, 8);
    expect(ctx.match).toBe('agreement');
    expect(ctx.before).toBe('signed the ');
    expect(ctx.after).toBe(' on gas transit');
    expect(ctx.clippedBefore).toBe(true);
    expect(ctx.clippedAfter).toBe(true);
  });

  it('reaches the ends of a short text without clipping', () => {
    const ctx = passageContext('سلام دنیا', 5, 9, 100);
    expect(ctx).toEqual({
      before: 'سلام ',
      match: 'دنیا',
      after: '',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('never splits a surrogate pair', () => {
    const text = 'xx😀yMATCH';
    const start = text.indexOf('MATCH');
    // One unit of context, one of slack: the cut would land between the emoji's two halves.
    const ctx = passageContext(text, start, start + 5, 1);
    expect(ctx.before).toBe('😀y');
    expect(ctx.clippedBefore).toBe(true);
  });
});
