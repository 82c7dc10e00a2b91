import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/export';
import type { CodeId, CodingId, DocumentId, DocumentMeta, ProjectId } from '../../shared/model';
import { retrievalTable } from './use-retrieval-export';
import type { RetrievalRow } from './use-retrieval';

const doc: DocumentMeta = {
  id: 'd1' as DocumentId,
  projectId: 'p' as ProjectId,
  title: '1. دکتر ظریف',
  direction: 'rtl',
  caseId: null,
  createdAt: 0,
  length: 100,
};

const row: RetrievalRow = {
  key: 'k',
  passage: {
    documentId: doc.id,
    start: 10,
    end: 18,
    codeIds: ['c' as CodeId],
    codingIds: ['x' as CodingId],
    memos: ['=SUM(A1)'],
  },
  document: doc,
  caseName: 'ظریف',
  codeNames: ['حمل و نقل'],
  context: {
    before: 'و ',
    match: 'کریدورها',
    after: ', ok',
    clippedBefore: true,
    clippedAfter: false,
  },
};

const columns = {
  document: 'Document',
  case: 'Case',
  codes: 'Codes',
  start: 'Start',
  end: 'End',
  passage: 'Passage',
  before: 'Before',
  after: 'After',
  memo: 'Memo',
};

describe('retrievalTable', () => {
  it('writes one CSV row per passage, with BOM, quoting and neutralized formulas', () => {
    const csv = toCsv(retrievalTable([row], columns));
    expect(
      csv.startsWith('\uFEFFDocument,Case,Codes,Start,End,Passage,Before,After,Memo\r\n'),
    ).toBe(true);
    expect(csv).toContain('1. دکتر ظریف,ظریف,حمل و نقل,10,18,کریدورها,و ,", ok",\'=SUM(A1)\r\n');
  });
});
