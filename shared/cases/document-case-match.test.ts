import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import {
  linksToApply,
  type MatchableCase,
  type MatchableDocument,
  matchDocumentsToCases,
  nameWords,
  summarizeMatches,
} from './document-case-match';

const doc = (id: string, title: string, caseId: string | null = null): MatchableDocument => ({
  id: asId<'DocumentId'>(id),
  title,
  caseId: caseId === null ? null : asId<'CaseId'>(caseId),
});
const kase = (id: string, name: string): MatchableCase => ({ id: asId<'CaseId'>(id), name });

const cases = [
  kase('p1', 'P1'),
  kase('p10', 'P10'),
  kase('maryam', 'مریم'),
  kase('ali', 'علی'),
  kase('alireza', 'علی رضایی'),
  kase('k', 'کاظم'),
  kase('twinA', 'Sara'),
  kase('twinB', 'Nima'),
];

describe('nameWords', () => {
  it('drops the extension, splits on punctuation and agrees on letters and digits', () => {
    expect(nameWords('Interview_P01.docx')).toEqual(['interview', 'p01']);
    expect(nameWords('مصاحبه‌ي ۰۷')).toEqual(['مصاحبه', 'ی', '7']);
  });
});

describe('matchDocumentsToCases', () => {
  const run = (title: string, caseId: string | null = null) =>
    matchDocumentsToCases([doc('d', title, caseId)], cases)[0];

  it('matches a title equal to a case name, by file name too', () => {
    expect(run('P10.txt')).toMatchObject({ status: 'matched', caseId: 'p10' });
    expect(run('مریم')).toMatchObject({ status: 'matched', caseId: 'maryam' });
  });

  it('finds a case name inside a title on whole words only', () => {
    expect(run('interview P1 (2024)')).toMatchObject({ status: 'matched', caseId: 'p1' });
    // "P1" is not a word of "P10 notes": only P10 fits.
    expect(run('P10 notes')).toMatchObject({ status: 'matched', caseId: 'p10' });
  });

  it('is Persian-aware: Arabic kaf and ya, half-spaces', () => {
    expect(run('مصاحبه با كاظم')).toMatchObject({ status: 'matched', caseId: 'k' });
    expect(run('مصاحبه‌مريم')).toMatchObject({ status: 'matched', caseId: 'maryam' });
  });

  it('prefers the longer name, and calls equal fits ambiguous', () => {
    expect(run('گفتگو علی رضایی')).toMatchObject({ status: 'matched', caseId: 'alireza' });
    const both = run('Sara and Nima');
    expect(both?.status).toBe('ambiguous');
    expect(both?.caseId).toBeNull();
    expect(new Set(both?.candidates)).toEqual(new Set(['twinA', 'twinB']));
  });

  it('says unmatched and already', () => {
    expect(run('field notes')).toMatchObject({ status: 'unmatched', candidates: [] });
    expect(run('P1', 'p1')).toMatchObject({ status: 'already', caseId: 'p1' });
  });
});

describe('summarizeMatches and linksToApply', () => {
  const docs = [
    doc('a', 'P1'),
    doc('b', 'Sara Nima'),
    doc('c', 'notes'),
    doc('e', 'P10', 'p10'),
    doc('f', 'مریم', 'p1'),
  ];
  const matches = matchDocumentsToCases(docs, cases);

  it('counts each status', () => {
    expect(summarizeMatches(matches)).toEqual({
      matched: 2,
      ambiguous: 1,
      unmatched: 1,
      already: 1,
    });
  });

  it('links matched documents without a case, and a pick for an ambiguous one', () => {
    const picked = new Map([[asId<'DocumentId'>('b'), asId<'CaseId'>('twinB')]]);
    expect(linksToApply(matches, picked)).toEqual([
      { documentId: 'a', caseId: 'p1' },
      { documentId: 'b', caseId: 'twinB' },
    ]);
  });

  it('replaces an existing case only when asked', () => {
    expect(linksToApply(matches, new Map(), true)).toEqual([
      { documentId: 'a', caseId: 'p1' },
      { documentId: 'f', caseId: 'maryam' },
    ]);
  });
});
