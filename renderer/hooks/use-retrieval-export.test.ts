import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/export';
import { retrievalTable } from './use-retrieval-export';
import { buildRetrievalRow } from './use-retrieval-test-builders';

const row = buildRetrievalRow({
  document: { title: '1. دکتر ظریف' },
  passage: { start: 10, end: 18, memos: ['=SUM(A1)'] },
  caseName: 'ظریف',
  codeNames: ['حمل و نقل'],
  context: {
    before: 'و ',
    match: 'کریدورها',
    after: ', ok',
    clippedBefore: true,
    clippedAfter: false,
  },
});

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
