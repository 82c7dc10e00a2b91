import { describe, expect, it } from 'vitest';
import { asId, type Memo } from '../model';
import {
  documentPageStarts,
  pageAt,
  pagesBeginningIn,
  parsePageStarts,
  remapPageStarts,
} from './pages';

const STARTS = [
  { number: 1, start: 0 },
  { number: 2, start: 120 },
  { number: 3, start: 250 },
];

describe('pageAt', () => {
  it('finds the page holding an offset, page starts included', () => {
    expect([0, 119, 120, 121, 249, 250, 10_000].map((o) => pageAt(STARTS, o))).toEqual([
      1, 1, 2, 2, 2, 3, 3,
    ]);
  });

  it('has no page for a document without pages or an offset before the first page', () => {
    expect(pageAt([], 5)).toBeUndefined();
    expect(pageAt([{ number: 4, start: 10 }], 3)).toBeUndefined();
    expect(pageAt([{ number: 4, start: 10 }], 10)).toBe(4);
  });
});

describe('parsePageStarts', () => {
  it('reads the import record in either language', () => {
    const en = 'Page starts (character offsets in the text): 1:0 2:120 3:250\n\nThe text as read…';
    const fa = 'آغاز صفحه‌ها (جایگاه نویسه در متن): 1:0 2:120 3:250';
    expect(parsePageStarts(en)).toEqual(STARTS);
    expect(parsePageStarts(fa)).toEqual(STARTS);
  });

  it('reads nothing from a memo that is not a page list', () => {
    expect(parsePageStarts('Met at 10:30 and 11:45 in Tabriz')).toEqual([]);
    expect(parsePageStarts('1:0 3:50 2:90')).toEqual([]);
    expect(parsePageStarts('no pairs here')).toEqual([]);
  });
});

describe('documentPageStarts', () => {
  it('takes the page starts of memos on documents only', () => {
    const memo = (id: string, target: Memo['target'], text: string): Memo => ({
      id: asId<'MemoId'>(id),
      projectId: asId<'ProjectId'>('p'),
      target,
      title: 'Import record',
      text,
      createdAt: 0,
      updatedAt: 0,
    });
    const d = asId<'DocumentId'>('d1');
    const pages = documentPageStarts([
      memo('m0', { kind: 'project' }, 'Pages: 1:0 2:5'),
      memo('m1', { kind: 'document', id: d }, 'A note of my own'),
      memo('m2', { kind: 'document', id: d }, 'Page starts: 1:0 2:120 3:250'),
    ]);
    expect([...pages]).toEqual([[d, STARTS]]);
  });
});

describe('remapPageStarts', () => {
  it('moves the page starts through the map and leaves the rest of the memo alone', () => {
    const memo = 'Page starts: 1:0 2:120 3:250\n\nMet at 10:30.';
    // Two units removed before offset 100: later offsets move back by 2.
    const map = (o: number) => (o < 100 ? o : o - 2);
    expect(remapPageStarts(memo, map)).toBe('Page starts: 1:0 2:118 3:248\n\nMet at 10:30.');
    expect(remapPageStarts('no pages', map)).toBe('no pages');
  });
});

describe('pagesBeginningIn', () => {
  // "aaaa\nbbbb\ncccc": paragraphs [0,4), [5,9), [10,14); pages begin at 0, at the line break
  // before the second paragraph (4) and inside the third (12).
  const starts = [
    { number: 1, start: 0 },
    { number: 2, start: 4 },
    { number: 3, start: 12 },
  ];
  it('gives each page to exactly one paragraph, a page on a line break to the next one', () => {
    expect(pagesBeginningIn(starts, 0, 4)).toEqual([1]);
    expect(pagesBeginningIn(starts, 4, 9)).toEqual([2]);
    expect(pagesBeginningIn(starts, 9, 14)).toEqual([3]);
  });
  it('gives nothing to a paragraph where no page begins', () => {
    expect(pagesBeginningIn(starts, 13, 20)).toEqual([]);
  });
});
