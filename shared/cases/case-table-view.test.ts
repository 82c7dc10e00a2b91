import { describe, expect, it } from 'vitest';
import { asId, type Attribute, type Case } from '../model';
import { arrangeCases, type CaseTableRow, groupCases } from './case-table-view';

const pid = asId<'ProjectId'>('p');
const attr = (id: string, type: Attribute['type']): Attribute => ({
  id: asId<'AttributeId'>(id),
  projectId: pid,
  name: id,
  type,
  options: [],
  calendar: null,
  order: 0,
});
const year = attr('year', 'year');
const role = attr('role', 'category');
const row = (name: string, values: Case['values'], documents = 0): CaseTableRow => ({
  case: { id: asId<'CaseId'>(name), projectId: pid, name, description: '', values },
  documents,
});
const rows = [
  row('P10', { year: 1401, role: 'دیپلمات' }, 2),
  row('P2', { year: 1403, role: 'دانشگاهی' }, 1),
  row('P1', { role: 'دانشگاهی' }, 3),
  row('علی', { year: 1399 }, 0),
];
const names = (r: readonly CaseTableRow[]) => r.map((x) => x.case.name);

describe('arrangeCases', () => {
  it('sorts by name in natural order by default', () => {
    expect(names(arrangeCases(rows, [year, role], { sort: null, filter: '' }))).toEqual([
      'P1',
      'P2',
      'P10',
      'علی',
    ]);
  });

  it('sorts by a year either way, blanks last both times', () => {
    const up = arrangeCases(rows, [year], { sort: { key: 'year', descending: false }, filter: '' });
    expect(names(up)).toEqual(['علی', 'P10', 'P2', 'P1']);
    const down = arrangeCases(rows, [year], {
      sort: { key: 'year', descending: true },
      filter: '',
    });
    expect(names(down)).toEqual(['P2', 'P10', 'علی', 'P1']);
  });

  it('sorts by documents', () => {
    const r = arrangeCases(rows, [], { sort: { key: 'documents', descending: true }, filter: '' });
    expect(names(r)).toEqual(['P1', 'P10', 'P2', 'علی']);
  });

  it('filters on name and values, Persian-aware (Arabic ي, Persian digits)', () => {
    expect(names(arrangeCases(rows, [year, role], { sort: null, filter: 'دانشگاهي' }))).toEqual([
      'P1',
      'P2',
    ]);
    expect(names(arrangeCases(rows, [year, role], { sort: null, filter: '۱۴۰۳' }))).toEqual(['P2']);
    expect(names(arrangeCases(rows, [year, role], { sort: null, filter: 'p1 دانشگاهی' }))).toEqual([
      'P1',
    ]);
  });
});

describe('groupCases', () => {
  it('groups by value in value order, cases without a value last', () => {
    const arranged = arrangeCases(rows, [year, role], { sort: null, filter: '' });
    const g = groupCases(arranged, role.id);
    expect(g.map((x) => [x.value, names(x.rows)])).toEqual([
      ['دانشگاهی', ['P1', 'P2']],
      ['دیپلمات', ['P10']],
      [null, ['علی']],
    ]);
  });
});
