import { describe, expect, it } from 'vitest';
import { asId, type Coding } from '../model';
import { splitParagraphs } from '../text/paragraphs';
import { memosByParagraph } from './memo-marks';

// Three paragraphs: [0,5) "alpha", [6,10) "beta" after "\n", then a blank line, [12,17) "gamma".
const text = 'alpha\nbeta\n\ngamma';
const paragraphs = splitParagraphs(text);
const coding = (id: string, start: number, end: number, memo: string): Coding => ({
  id: asId<'CodingId'>(id),
  projectId: asId<'ProjectId'>('p'),
  documentId: asId<'DocumentId'>('d'),
  codeId: asId<'CodeId'>('c'),
  start,
  end,
  coderId: null,
  memo,
  createdAt: 0,
});

describe('memosByParagraph', () => {
  it('marks each memo once, in the paragraph where its coding starts, in text order', () => {
    const marks = memosByParagraph(paragraphs, [
      coding('late', 13, 16, 'on gamma'),
      coding('span', 2, 15, '\nacross all three'),
      coding('b', 6, 10, 'on beta'),
      coding('none', 0, 3, '  '),
    ]);
    expect([...marks.keys()].sort()).toEqual([0, 1, 2]);
    expect(marks.get(0)?.map((m) => [m.codingId, m.firstLine])).toEqual([
      ['span', 'across all three'],
    ]);
    expect(marks.get(1)?.map((m) => m.codingId)).toEqual(['b']);
    expect(marks.get(2)?.map((m) => m.codingId)).toEqual(['late']);
  });

  it('puts a coding starting on a blank line in the next paragraph', () => {
    const marks = memosByParagraph(paragraphs, [coding('x', 11, 17, 'm')]);
    expect([...marks.keys()]).toEqual([2]);
  });
});
