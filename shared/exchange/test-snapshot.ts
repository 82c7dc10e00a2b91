// Test support: a small but demanding project — Persian with ZWNJ, emoji outside the BMP,
// nested codes, cases with every attribute type, memos on every kind of target, two coders.
import { expect } from 'vitest';
import { newId, type CaseId, type CodeId, type DocumentId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Attribute, Code, Coding, Document, Memo } from '../model/types';

export const PERSIAN_TEXT =
  'سلام 😀 دنیا. من می‌خواهم درباره‌ی دیپلماسی رسمی صحبت کنم 👨‍👩‍👧 و همکاری منطقه‌ای.';
export const ENGLISH_TEXT = 'Hello world.\r\nA second line with <tags> & "quotes".';

const T0 = Date.UTC(2024, 2, 20, 9, 30, 15, 250);

export function span(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length };
}

export function sampleSnapshot(): ProjectSnapshot {
  const projectId = newId<'ProjectId'>();
  const base = { projectId };
  const coders = [
    { ...base, id: newId<'CoderId'>(), name: 'مریم' },
    { ...base, id: newId<'CoderId'>(), name: 'Ali' },
  ];
  const code = (
    name: string,
    parentId: CodeId | null,
    order: number,
    color: string,
    extra: Partial<Code> = {},
  ): Code => ({
    ...base,
    id: newId<'CodeId'>(),
    parentId,
    name,
    description: '',
    whenToUse: '',
    whenNotToUse: '',
    example: '',
    color,
    order,
    ...extra,
  });
  const global = code('همکاری منطقه‌ای', null, 0, '#1f77b4', { description: 'مضمون فراگیر' });
  const organizing = code('دیپلماسی رسمی', global.id, 0, '#ff7f0e', {
    description: 'Official talks.\nTwo lines.',
    whenToUse: 'وقتی از مذاکره سخن می‌رود',
    whenNotToUse: 'Informal contacts',
    example: '«دیدار وزیران»',
  });
  const basic = code('گفت‌وگو', organizing.id, 0, '#2ca02c');
  const sibling = code('Emoji 😀 code', organizing.id, 1, '#d62728');
  const other = code('Other', null, 1, '#9467bd');
  const codes = [basic, global, other, organizing, sibling];

  const attributes: Attribute[] = [
    {
      ...base,
      id: newId<'AttributeId'>(),
      name: 'نقش',
      type: 'text',
      options: [],
      calendar: null,
      order: 0,
    },
    {
      ...base,
      id: newId<'AttributeId'>(),
      name: 'سن',
      type: 'number',
      options: [],
      calendar: null,
      order: 1,
    },
    {
      ...base,
      id: newId<'AttributeId'>(),
      name: 'جنسیت',
      type: 'category',
      options: ['زن', 'مرد'],
      calendar: null,
      order: 2,
    },
    {
      ...base,
      id: newId<'AttributeId'>(),
      name: 'سال مصاحبه',
      type: 'year',
      options: [],
      calendar: 'solar-hijri',
      order: 3,
    },
  ];
  const [role, age, gender, year] = attributes as [Attribute, Attribute, Attribute, Attribute];
  const caseA = newId<'CaseId'>();
  const caseB = newId<'CaseId'>();
  const cases = [
    {
      ...base,
      id: caseA,
      name: 'مصاحبه‌شونده ۱',
      description: 'دیپلمات بازنشسته',
      values: { [role.id]: 'سفیر', [age.id]: 61.5, [gender.id]: 'مرد', [year.id]: 1402 },
    },
    {
      ...base,
      id: caseB,
      name: 'Interviewee 2',
      description: '',
      values: { [role.id]: 'Analyst', [age.id]: 40, [gender.id]: 'زن' },
    },
  ];
  const doc = (
    title: string,
    text: string,
    direction: Document['direction'],
    caseId: CaseId | null,
    k: number,
  ): Document => ({
    ...base,
    id: newId<'DocumentId'>(),
    title,
    text,
    direction,
    caseId,
    createdAt: T0 + k * 1000,
  });
  const fa = doc('مصاحبه ۱', PERSIAN_TEXT, 'rtl', caseA, 0);
  const en = doc('Interview 2', ENGLISH_TEXT, 'ltr', caseB, 1);
  const loose = doc('Notes', 'No case here 🙂.', 'auto', null, 2);
  const documents = [fa, en, loose];

  const coding = (
    d: Document,
    needle: string,
    codeId: CodeId,
    k: number,
    extra: Partial<Coding> = {},
  ): Coding => ({
    ...base,
    id: newId<'CodingId'>(),
    documentId: d.id,
    codeId,
    ...span(d.text, needle),
    coderId: coders[k % 2]!.id,
    memo: '',
    createdAt: T0 + 60_000 * k,
    ...extra,
  });
  const codings = [
    coding(fa, 'دنیا', basic.id, 0), // after one emoji: code points differ from UTF-16
    coding(fa, 'می‌خواهم', organizing.id, 1, { memo: 'یادداشت کدگذاری' }),
    coding(fa, 'صحبت کنم 👨‍👩‍👧 و', sibling.id, 2), // spans a ZWJ emoji sequence
    coding(fa, 'همکاری منطقه‌ای', global.id, 3, { coderId: null }),
    coding(fa, 'سلام 😀', other.id, 4),
    coding(en, 'second line', other.id, 5),
    coding(loose, '🙂', sibling.id, 6),
  ];
  const memo = (target: Memo['target'], title: string, text: string, k: number): Memo => ({
    ...base,
    id: newId<'MemoId'>(),
    target,
    title,
    text,
    createdAt: T0 + k,
    updatedAt: T0 + k + 5000,
  });
  const memos = [
    memo({ kind: 'project' }, 'یادداشت پروژه', 'خط اول\nخط دوم', 1),
    memo({ kind: 'document', id: fa.id as DocumentId }, 'Doc memo', 'About <this> & that', 2),
    memo({ kind: 'code', id: organizing.id }, 'تعریف', 'متن 😀', 3),
    memo({ kind: 'case', id: caseA }, 'Case memo', 'case text', 4),
  ];
  return {
    project: {
      id: projectId,
      name: 'دیپلماسی ایران و آذربایجان',
      description: 'پروژهٔ نمونه با نیم‌فاصله',
      language: 'fa',
      createdAt: T0,
      updatedAt: T0 + 86_400_000,
    },
    documents,
    cases,
    attributes,
    codes,
    codings,
    memos,
    coders,
  };
}

/** The snapshot with every list sorted by id, for comparisons that ignore order. */
export function sortedById(s: ProjectSnapshot): ProjectSnapshot {
  const by = <T extends { id: string }>(xs: readonly T[]): T[] =>
    [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    project: s.project,
    documents: by(s.documents),
    cases: by(s.cases),
    attributes: by(s.attributes),
    codes: by(s.codes),
    codings: by(s.codings),
    memos: by(s.memos),
    coders: by(s.coders),
  };
}

/** Sound enough to store: every coding inside its text, on a known document and code. */
export function expectSound(s: ProjectSnapshot): void {
  const docs = new Map(s.documents.map((d) => [d.id, d]));
  const codes = new Set(s.codes.map((c) => c.id));
  for (const c of s.codings) {
    const doc = docs.get(c.documentId);
    expect(doc).toBeDefined();
    expect(codes.has(c.codeId)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.start).toBeLessThan(c.end);
    expect(c.end).toBeLessThanOrEqual(doc?.text.length ?? 0);
  }
}
