import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId, Case, CaseId, ProjectId } from '../model';
import { guessType, planAttributeImport } from './csv-import-plan';

const P = 'p' as ProjectId;
const attr = (name: string, over: Partial<Attribute> = {}): Attribute => ({
  id: `a-${name}` as AttributeId,
  projectId: P,
  name,
  type: 'text',
  options: [],
  calendar: null,
  order: 0,
  ...over,
});
const kase = (name: string): Case => ({
  id: `c-${name}` as CaseId,
  projectId: P,
  name,
  description: '',
  values: {},
});

describe('guessType', () => {
  it('reads 13xx/14xx years as Solar Hijri, in any digits', () => {
    expect(guessType(['1400', '۱۴۰۳', ''])).toEqual({ type: 'year', calendar: 'solar-hijri' });
  });
  it('reads other numbers as numbers', () => {
    expect(guessType(['12', '3.5', '۴۲'])).toEqual({ type: 'number' });
    expect(guessType(['1400', '2021'])).toEqual({ type: 'number' });
  });
  it('reads a few repeating values as a category, distinct ones as text', () => {
    expect(guessType(['f', 'm', 'f', 'f'])).toEqual({ type: 'category', options: ['f', 'm'] });
    expect(guessType(['a', 'b', 'c'])).toEqual({ type: 'text' });
    expect(guessType([])).toEqual({ type: 'text' });
  });
});

describe('planAttributeImport', () => {
  const rows = [
    ['name', 'year', 'gender', 'role', ''],
    ['Zarif', '1400', 'm', 'minister', 'x'],
    ['ظريف ۲', '1403', 'f', 'ambassador', ''],
    ['', '1400', 'm', 'nobody', ''],
    ['Zarif', '1401', 'm', 'again', ''],
    ['Mousavi', '1400', 'm', 'envoy', ''],
    ['', '', '', '', ''],
  ];

  it('creates missing attributes with guessed types and missing cases, and reports skips', () => {
    const r = planAttributeImport(rows, [kase('ظریف ۲')], [attr('role')]);
    if (!r.ok) throw new Error(r.reason);
    const plan = r.data;
    expect(plan.newAttributes).toEqual([
      { name: 'year', type: 'year', calendar: 'solar-hijri' },
      { name: 'gender', type: 'category', options: ['m', 'f'] },
    ]);
    // The existing case matches across Arabic/Persian ی and digit scripts.
    expect(plan.newCases).toEqual(['Zarif', 'Mousavi']);
    expect(plan.rows.map((x) => x.caseName)).toEqual(['Zarif', 'ظريف ۲', 'Mousavi']);
    expect(plan.rows[0]?.values).toEqual({ year: '1400', gender: 'm', role: 'minister' });
    expect(plan.skippedRows).toEqual([
      { line: 4, reason: 'no-name' },
      { line: 5, reason: 'repeat' },
    ]);
    expect(plan.skippedColumns).toEqual(['']);
  });

  it('adds new options to an existing category attribute', () => {
    const r = planAttributeImport(rows, [], [attr('gender', { type: 'category', options: ['m'] })]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.newOptions).toEqual([{ id: 'a-gender', options: ['m', 'f'] }]);
  });

  it('refuses a file without attribute columns', () => {
    const noHeader = { ok: false, error: { code: 'cases.csvNoHeader', params: {} } };
    expect(planAttributeImport([['name']], [], [])).toMatchObject(noHeader);
    expect(planAttributeImport([], [], [])).toMatchObject(noHeader);
  });
});
