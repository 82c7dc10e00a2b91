import { describe, expect, it } from 'vitest';
import { buildCode, buildCoder, buildCoding, buildMemo, buildProject } from '../db/test-builders';
import type { ChangeSet } from '../db/changes';
import type { DocumentId } from '../model/ids';
import type { Coding } from '../model/types';
import {
  ACTIVITY_LIMIT,
  activityPeople,
  appendActivity,
  describeChanges,
  passageStart,
  type ActivityContext,
  type ActivityEntry,
} from './activity';

const p = buildProject();
const doc = 'd1' as DocumentId;
const TEXT = 'اعتماد میان دو گمرک مهم‌تر از هر تعرفه‌ای است. Security at the border matters.';
const trust = buildCode({ projectId: p.id, name: 'اعتماد' });
const ali = buildCoder({ projectId: p.id, name: 'Ali' });

function ctx(o: Partial<ActivityContext> = {}): ActivityContext {
  return {
    by: 'alice',
    at: 1000,
    local: false,
    codeName: (id) => (id === trust.id ? trust.name : undefined),
    documentTitle: (id) => (id === doc ? 'Interview 1' : undefined),
    coderName: (id) => (id === ali.id ? ali.name : undefined),
    caseName: () => undefined,
    passage: (c: Coding) => TEXT.slice(c.start, c.end),
    ...o,
  };
}

const whats = (c: ChangeSet, o: Partial<ActivityContext> = {}) =>
  describeChanges(c, ctx(o)).map((e) => e.what);

describe('describeChanges', () => {
  it('a coding: its passage start, code, document and coder', () => {
    // "اعتماد میان دو گمرک" is the first 19 characters of TEXT.
    const c = buildCoding({
      projectId: p.id,
      documentId: doc,
      codeId: trust.id,
      start: 0,
      end: 19,
      coderId: ali.id,
    });
    const [e] = describeChanges({ codings: [{ before: null, after: c }] }, ctx());
    expect(e?.what).toEqual({
      kind: 'coded',
      passage: 'اعتماد میان دو گمرک',
      code: 'اعتماد',
      document: 'Interview 1',
    });
    expect(e?.by).toBe('alice');
    expect(e?.coder).toBe('Ali');
    expect(e?.at).toBe(1000);
  });

  it('a rename says both names; a reorder alone says nothing', () => {
    const renamed = { ...trust, name: 'Trust' };
    expect(whats({ codes: [{ before: trust, after: renamed }] })).toEqual([
      { kind: 'codeRenamed', from: 'اعتماد', to: 'Trust' },
    ]);
    expect(whats({ codes: [{ before: trust, after: { ...trust, order: 5 } }] })).toEqual([]);
    expect(whats({ codes: [{ before: trust, after: { ...trust, color: '#000000' } }] })).toEqual([
      { kind: 'codeEdited', code: 'اعتماد' },
    ]);
  });

  it('a deleted code counts its codings instead of listing each', () => {
    const gone = [0, 1, 2].map(() =>
      buildCoding({ projectId: p.id, documentId: doc, codeId: trust.id }),
    );
    expect(
      whats({
        codes: [{ before: trust, after: null }],
        codings: gone.map((c) => ({ before: c, after: null })),
      }),
    ).toEqual([{ kind: 'codeDeleted', code: 'اعتماد', codings: 3 }]);
  });

  it('a restored code names who had deleted it', () => {
    expect(
      whats({ codes: [{ before: null, after: trust }] }, { restoredFrom: () => 'bob' }),
    ).toEqual([{ kind: 'codeRestored', code: 'اعتماد', deletedBy: 'bob' }]);
  });

  it('many codings of one code in one document are one line with a count', () => {
    const made = [0, 1].map(() =>
      buildCoding({ projectId: p.id, documentId: doc, codeId: trust.id }),
    );
    expect(whats({ codings: made.map((c) => ({ before: null, after: c })) })).toEqual([
      { kind: 'codedMany', count: 2, code: 'اعتماد', document: 'Interview 1' },
    ]);
  });

  it('a memo edit names the memo and what it is on', () => {
    const m = buildMemo({
      projectId: p.id,
      title: 'Why trust',
      target: { kind: 'code', id: trust.id },
    });
    expect(whats({ memos: [{ before: m, after: { ...m, text: 'more' } }] })).toEqual([
      { kind: 'memoEdited', title: 'Why trust', on: { kind: 'code', name: 'اعتماد' } },
    ]);
  });

  it('a code created and used in one command takes its name from the command', () => {
    const fresh = buildCode({ projectId: p.id, name: 'Border' });
    const c = buildCoding({
      projectId: p.id,
      documentId: doc,
      codeId: fresh.id,
      start: 47,
      end: 55,
    });
    expect(
      whats({
        codes: [{ before: null, after: fresh }],
        codings: [{ before: null, after: c }],
      }),
    ).toEqual([
      { kind: 'codeCreated', code: 'Border' },
      // TEXT[47..55) is "Security": 6+1+4+1+2+1+4+1+6 (ZWNJ counts)+1+2+1+2+1+8+1+4+1 = 47.
      { kind: 'coded', passage: 'Security', code: 'Border', document: 'Interview 1' },
    ]);
  });
});

describe('passageStart', () => {
  it('folds whitespace and cuts at 40 characters with an ellipsis', () => {
    expect(passageStart('  a\n\nb  ')).toBe('a b');
    const long = 'x'.repeat(45);
    expect(passageStart(long)).toBe(`${'x'.repeat(40)}…`);
  });
});

describe('the feed', () => {
  const entry = (at: number, by: string): ActivityEntry => ({
    id: `${at}-${by}`,
    at,
    by,
    coder: null,
    local: false,
    what: { kind: 'otherChanges', count: 1 },
  });

  it('is newest first, keeps no duplicate and is bounded', () => {
    const feed = appendActivity([entry(1, 'a')], [entry(3, 'b'), entry(1, 'a')]);
    expect(feed.map((e) => e.id)).toEqual(['3-b', '1-a']);
    const many = Array.from({ length: ACTIVITY_LIMIT + 5 }, (_, i) => entry(i, 'a'));
    const bounded = appendActivity([], many);
    expect(bounded).toHaveLength(200);
    expect(bounded[0]?.at).toBe(ACTIVITY_LIMIT + 4);
  });

  it('lists its people once each', () => {
    expect(activityPeople([entry(1, 'bob'), entry(2, 'alice'), entry(3, 'bob')])).toEqual([
      'alice',
      'bob',
    ]);
  });
});
