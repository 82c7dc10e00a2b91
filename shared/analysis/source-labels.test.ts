import { describe, expect, it } from 'vitest';
import { asId, type CaseId } from '../model/ids';
import type { FrequencyRow } from './frequencies';
import { buildThemeTree } from './report-tree';
import { restoreBackup, serializeBackup } from '../exchange/backup';
import { sampleSnapshot } from '../exchange/test-snapshot';
import {
  checkSourceLabel,
  escapeLabel,
  joinSourceLabels,
  LABEL_SEPARATOR,
  type LabelledDocument,
  sourceLabels,
} from './source-labels';

const d = (id: string, caseId: string | null = null, label?: string): LabelledDocument => ({
  id: asId<'DocumentId'>(id),
  caseId: caseId === null ? null : asId<'CaseId'>(caseId),
  ...(label === undefined ? {} : { label }),
});
const cases = new Map<CaseId, string>([
  [asId<'CaseId'>('c1'), 'P01'],
  [asId<'CaseId'>('c2'), 'مریم'],
  [asId<'CaseId'>('c3'), 'Tehran, North'],
]);
const id = (s: string) => asId<'DocumentId'>(s);

describe('sourceLabels', () => {
  it("takes the case's name, else a running number among case-less documents", () => {
    const labels = sourceLabels([d('a', 'c1'), d('b'), d('c', 'c2'), d('e')], cases);
    expect([...labels.values()]).toEqual(['P01', '1', 'مریم', '2']);
  });

  it('numbers the documents of a case that has several, in document order', () => {
    const labels = sourceLabels([d('a', 'c1'), d('b', 'c2'), d('c', 'c1')], cases);
    expect(labels.get(id('a'))).toBe('P01/1');
    expect(labels.get(id('c'))).toBe('P01/2');
    expect(labels.get(id('b'))).toBe('مریم');
  });

  it('writes running numbers in Persian digits in Persian', () => {
    const labels = sourceLabels([d('a'), d('b'), d('c', 'c1'), d('e', 'c1')], cases, 'fa');
    expect([...labels.values()]).toEqual(['۱', '۲', 'P01/۱', 'P01/۲']);
  });

  it('lets a set label win over the case, and escapes the commas of a case name', () => {
    const labels = sourceLabels([d('a', 'c1', 'A'), d('b', 'c3')], cases);
    expect(labels.get(id('a'))).toBe('A');
    expect(labels.get(id('b'))).toBe('Tehran; North');
  });

  it('treats a case that no longer exists as no case', () => {
    expect(sourceLabels([d('a', 'gone')], cases).get(id('a'))).toBe('1');
  });
});

describe('joinSourceLabels', () => {
  const labels = new Map([
    [id('a'), 'P01'],
    [id('b'), '۱۷'],
  ]);
  it('joins by the locale separator, skipping unknown ids', () => {
    expect(joinSourceLabels([id('a'), id('x'), id('b')], labels, 'en')).toBe('P01, ۱۷');
    expect(joinSourceLabels([id('a'), id('b')], labels, 'fa')).toBe('P01، ۱۷');
  });

  it('splits back into the same labels: no label holds the separator', () => {
    const made = sourceLabels([d('a', 'c3'), d('b', 'c2'), d('c')], cases);
    for (const locale of ['en', 'fa'] as const) {
      const joined = joinSourceLabels([id('a'), id('b'), id('c')], made, locale);
      expect(joined.split(LABEL_SEPARATOR[locale])).toEqual(['Tehran; North', 'مریم', '1']);
    }
  });
});

describe('checkSourceLabel', () => {
  it('trims and accepts a plain label', () => {
    const r = checkSourceLabel('  P 01 ');
    expect(r.ok && r.data).toBe('P 01');
  });
  it('refuses an empty label, a comma of either script and an overlong one', () => {
    const code = (s: string) => {
      const r = checkSourceLabel(s);
      return r.ok ? null : r.error?.code;
    };
    expect(code('   ')).toBe('cases.labelEmpty');
    expect(code('a,b')).toBe('cases.labelHasSeparator');
    expect(code('الف،ب')).toBe('cases.labelHasSeparator');
    expect(code('x'.repeat(41))).toBe('cases.labelTooLong');
    expect(code('x'.repeat(40))).toBeNull();
  });
  it('escapeLabel keeps the script of the comma it replaces', () => {
    expect(escapeLabel('a,b،c')).toBe('a;b؛c');
  });
});

describe("the report's source column", () => {
  it('joins the labels of a row\'s sources instead of "-"-joined titles', () => {
    const row = {
      id: 'code',
      parentId: null,
      sourceIds: [id('a'), id('b')],
      sourceLabels: ['۰', 'interview_en'],
    } as unknown as FrequencyRow;
    const labels = sourceLabels([d('a', 'c1'), d('b')], cases, 'fa');
    expect(buildThemeTree([row], labels, 'fa')[0]?.sourceIdsText).toBe('P01، ۱');
    expect(buildThemeTree([row], labels, 'en')[0]?.sourceIdsText).toBe('P01, ۱');
  });
});

describe('a set label', () => {
  it('survives a backup and its restore', () => {
    const snap = sampleSnapshot();
    const [first, ...rest] = snap.documents;
    if (!first) throw new Error('the sample has documents');
    const labelled = { ...snap, documents: [{ ...first, label: 'A1' }, ...rest] };
    const back = restoreBackup(serializeBackup(labelled));
    if (!back.ok) throw new Error(back.reason);
    expect(back.data.documents.find((x) => x.id === first.id)?.label).toBe('A1');
    expect(back.data.documents.filter((x) => x.label !== undefined)).toHaveLength(1);
  });
});
