import { describe, expect, it } from 'vitest';
import {
  asId,
  type Case,
  type Code,
  type Coding,
  type DocumentMeta,
  type Memo,
  type ProjectId,
} from '../model';
import { countByKind, filterMemoEntries, firstLine, memoEntries } from './memo-entries';

const pid = asId<'ProjectId'>('p') as ProjectId;
const doc: DocumentMeta = {
  id: asId<'DocumentId'>('d1'),
  projectId: pid,
  title: 'مصاحبه ۷',
  direction: 'rtl',
  caseId: null,
  createdAt: 0,
  length: 100,
};
const code: Code = {
  id: asId<'CodeId'>('c1'),
  projectId: pid,
  parentId: null,
  name: 'همکاری اقتصادی',
  description: '',
  whenToUse: '',
  whenNotToUse: '',
  example: '',
  color: '#4363d8',
  order: 0,
};
const kase: Case = {
  id: asId<'CaseId'>('k1'),
  projectId: pid,
  name: 'P07',
  description: '',
  values: {},
};
const buildCoding = (o: Partial<Coding>): Coding => ({
  id: asId<'CodingId'>(`g-${Math.random()}`),
  projectId: pid,
  documentId: doc.id,
  codeId: code.id,
  start: 0,
  end: 5,
  coderId: null,
  memo: '',
  createdAt: 0,
  ...o,
});
const memo = (o: Partial<Memo> & Pick<Memo, 'target'>): Memo => ({
  id: asId<'MemoId'>(`m-${Math.random()}`),
  projectId: pid,
  title: '',
  text: '',
  createdAt: 1,
  updatedAt: 1,
  ...o,
});
const documents = [doc];

const memos = [
  memo({
    target: { kind: 'project' },
    title: 'Study plan',
    text: '\n\nFirst line\nsecond',
    updatedAt: 10,
  }),
  memo({ target: { kind: 'code', id: code.id }, text: 'تعریف كد: روابط تجاري', updatedAt: 30 }),
  memo({ target: { kind: 'case', id: kase.id }, text: 'Interviewed in ۱۴۰۳', updatedAt: 20 }),
  memo({ target: { kind: 'document', id: doc.id }, text: 'Noisy recording', updatedAt: 5 }),
];
const codings = [
  buildCoding({
    projectId: pid,
    documentId: doc.id,
    codeId: code.id,
    memo: 'a passage memo',
    start: 4,
    end: 9,
    createdAt: 25,
  }),
  buildCoding({ memo: '   ' }),
];
const entries = memoEntries({ memos, codings, documents, codes: [code], cases: [kase] });

describe('memoEntries', () => {
  it('lists stored memos and non-empty coding memos, newest first', () => {
    expect(entries.map((e) => e.kind)).toEqual(['code', 'coding', 'case', 'project', 'document']);
  });

  it('names each target, a coding by its code and document, and keeps the passage', () => {
    const byKind = Object.fromEntries(entries.map((e) => [e.kind, e]));
    expect(byKind.code?.targetName).toBe('همکاری اقتصادی');
    expect(byKind.case?.targetName).toBe('P07');
    expect(byKind.document?.targetName).toBe('مصاحبه ۷');
    expect(byKind.project?.targetName).toBe('');
    expect(byKind.coding?.targetName).toBe('همکاری اقتصادی · مصاحبه ۷');
    expect(byKind.coding?.range).toEqual({ start: 4, end: 9 });
    expect(byKind.coding?.documentId).toBe(doc.id);
  });

  it('takes the first non-empty line', () => {
    expect(firstLine('\n  \nFirst line\nsecond')).toBe('First line');
    expect(entries.find((e) => e.kind === 'project')?.firstLine).toBe('First line');
  });
});

describe('filterMemoEntries', () => {
  const keys = (query: string, kinds: string[] = []) =>
    filterMemoEntries(entries, { query, kinds: new Set(kinds as never[]) }).map((e) => e.kind);

  it('filters by kind', () => {
    expect(keys('', ['case', 'project'])).toEqual(['case', 'project']);
    expect(countByKind(entries)).toEqual({ project: 1, document: 1, code: 1, coding: 1, case: 1 });
  });

  it('finds Persian text typed with Persian letters when stored with Arabic ك/ي', () => {
    expect(keys('کد تجاری')).toEqual(['code']);
  });

  it('matches Latin digits against Persian ones, and the target name', () => {
    expect(keys('1403')).toEqual(['case']);
    expect(keys('p07')).toEqual(['case']);
    expect(keys('اقتصادی')).toEqual(['code', 'coding']);
  });

  it('needs every word, in title or text, whatever the case', () => {
    expect(keys('study FIRST')).toEqual(['project']);
    expect(keys('study noisy')).toEqual([]);
  });
});
