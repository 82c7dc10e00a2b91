import { describe, expect, it } from 'vitest';
import {
  buildAttribute,
  buildCase,
  buildProject,
  buildSnapshot,
} from '../../shared/db/test-builders';
import { parseCsv } from '../../shared/export/csv';
import { cliRunner } from '../test-cli';
import { fixture } from '../test-io';

// Entities classified by attributes, and no documents at all: a crosstab of cases.
const project = buildProject();
const projectId = project.id;
const year = buildAttribute({ projectId, name: 'سال مصاحبه', type: 'year' });
const sector = buildAttribute({
  projectId,
  name: 'بخش',
  type: 'category',
  options: ['دولتی', 'خصوصی'],
  calendar: null,
  order: 1,
});
const kase = (name: string, y: number | null, s: string | null) =>
  buildCase({ projectId, name, values: { [year.id]: y, [sector.id]: s } });
const entities = buildSnapshot({
  project,
  documents: [],
  codings: [],
  memos: [],
  sets: [],
  attributes: [year, sector],
  cases: [
    kase('a', 1400, 'دولتی'),
    kase('b', 1400, 'خصوصی'),
    kase('c', 1401, 'دولتی'),
    kase('d', 1401, 'دولتی'),
    kase('e', 1401, null),
  ],
});
const path = '/in/entities.mazmun.json';
const run = cliRunner({ [path]: entities });

interface Json {
  count: string;
  columns: string[];
  rows: { label: string; cells: Record<string, number>; total: number }[];
  total: number;
}

describe('mazmun crosstab on the sample study', () => {
  it('sums references by interview year to the report’s 307', async () => {
    const r = await run(
      'crosstab',
      fixture,
      '--rows',
      'codes',
      '--cols',
      'year',
      '--count',
      'references',
      '--format',
      'json',
    );
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.count).toBe('references');
    expect(json.columns).toEqual(['1400', '1403']);
    expect(json.rows).toHaveLength(25); // the basic themes
    expect(json.total).toBe(307);
    let cells = 0;
    for (const row of json.rows) {
      const sum = Object.values(row.cells).reduce((s, n) => s + n, 0);
      expect(sum).toBe(row.total);
      cells += sum;
    }
    expect(cells).toBe(307);
  });

  it('without --cols gives empty cells and the count in total: 7 and 9 interviews by year', async () => {
    const r = await run('crosstab', fixture, '--rows', 'YEAR', '--format', 'json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      count: 'cases',
      columns: [],
      rows: [
        { label: '1400', cells: {}, total: 7 },
        { label: '1403', cells: {}, total: 9 },
      ],
      total: 16,
    });
  });

  it('prints a table with totals and the chi-square line', async () => {
    const r = await run('crosstab', fixture, '--rows', 'codes', '--level', 'global');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Count: cases');
    const table = await run(
      'crosstab',
      fixture,
      '--rows',
      'codes',
      '--level',
      'global',
      '--cols',
      'year',
      '--count',
      'references',
    );
    expect(table.out).toMatch(/Total\S*\s+170\s+137\s+307/);
    expect(table.out).toMatch(/Chi-square: \d+\.\d{3}, df 1, p = /);
  });
});

describe('mazmun crosstab on cases without documents', () => {
  it('counts cases by attribute × attribute, a name matched across a half-space', async () => {
    const r = await run(
      'crosstab',
      path,
      '--rows',
      'سال\u200cمصاحبه',
      '--cols',
      'بخش',
      '--format',
      'json',
    );
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      count: 'cases',
      columns: ['دولتی', 'خصوصی', '(none)'],
      rows: [
        { label: '1400', cells: { دولتی: 1, خصوصی: 1, '(none)': 0 }, total: 2 },
        { label: '1401', cells: { دولتی: 2, خصوصی: 0, '(none)': 1 }, total: 3 },
      ],
      total: 5,
    });
  });

  it('writes csv: a line per row and one of column totals', async () => {
    const r = await run(
      'crosstab',
      path,
      '--rows',
      'سال مصاحبه',
      '--cols',
      'بخش',
      '--format',
      'csv',
    );
    expect(r.code, r.err).toBe(0);
    expect(parseCsv(r.out)).toEqual([
      ['سال مصاحبه', 'دولتی', 'خصوصی', '(none)', 'Total'],
      ['1400', '1', '1', '0', '2'],
      ['1401', '2', '0', '1', '3'],
      ['Total', '3', '1', '1', '5'],
    ]);
  });

  it('refuses an unknown attribute (exit 1) and a missing --rows (exit 2)', async () => {
    const unknown = await run('crosstab', path, '--rows', 'سن');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(
      'mazmun: the project has no case attribute named "سن" (its attributes: سال مصاحبه, بخش)\n',
    );
    const noRows = await run('crosstab', path);
    expect(noRows.code).toBe(2);
    expect(noRows.err).toBe('mazmun: crosstab needs --rows codes or --rows <attribute>\n');
    const twice = await run('crosstab', path, '--rows', 'بخش', '--cols', 'بخش');
    expect(twice.code).toBe(2);
    const badCount = await run('crosstab', path, '--rows', 'بخش', '--count', 'words');
    expect(badCount.code).toBe(2);
  });
});
