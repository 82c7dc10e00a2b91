import { describe, expect, it } from 'vitest';
import { asId, type DocumentMeta } from '../model';
import type { SearchResult } from './search-index';
import { groupHits } from './group-hits';

function meta(id: string, title: string): DocumentMeta {
  return {
    id: asId<'DocumentId'>(id),
    projectId: asId<'ProjectId'>('p'),
    title,
    direction: 'rtl',
    caseId: null,
    createdAt: 0,
    length: 100,
  };
}

const docs = [meta('a', 'یک'), meta('b', 'دو'), meta('c', 'سه')];
const hit = (d: string, start: number) => ({
  documentId: asId<'DocumentId'>(d),
  start,
  end: start + 2,
  before: '',
  match: 'xx',
  after: '',
});

describe('groupHits', () => {
  const result: SearchResult = {
    hits: [hit('a', 1), hit('c', 4), hit('c', 9)],
    total: 5,
    perDocument: new Map([
      [asId<'DocumentId'>('a'), 1],
      [asId<'DocumentId'>('c'), 4],
    ]),
    truncated: true,
  };

  it('groups in project order with the full count per document', () => {
    const g = groupHits(result, docs, 'document');
    expect(g.map((x) => [x.document.title, x.count, x.hits.length])).toEqual([
      ['یک', 1, 1],
      ['سه', 4, 2],
    ]);
  });

  it('puts the documents with most hits first', () => {
    expect(groupHits(result, docs, 'hits').map((x) => x.document.title)).toEqual(['سه', 'یک']);
  });
});
