// For tests only: the sample study (fixtures/azerbaijan) with two document sets, written as a
// Mazmun backup for the CLI, and the study's plain files read the simplest way, so a test can
// count what a set holds without going through Mazmun's own loader or analyses.
import { readFileSync } from 'node:fs';
import { buildSet } from '../shared/db/test-builders';
import { parseCsv } from '../shared/export/csv';
import { loadProjectDir } from '../shared/fixture/load-project-dir';
import type { ProjectSnapshot } from '../shared/model';
import { readDirFiles } from './node-io';
import { fixture } from './test-io';

/** A set made by hand of interviews 01 and 02. */
export const TWO = 'دو مصاحبه';
/** A set by rule: the interviews of 1403. */
export const Y1403 = 'مصاحبه‌های ۱۴۰۳';
export const SETS_PATH = '/in/azerbaijan-sets.mazmun.json';

const csv = (name: string): string[][] => {
  const rows = parseCsv(readFileSync(`${fixture}/${name}`, 'utf8'));
  return rows.slice(1).filter((r) => r.length > 1);
};

/** documents.csv: file → title, and file → case id. */
export const fixtureDocuments = csv('documents.csv').map(([file = '', title = '', kase = '']) => ({
  file,
  title,
  kase,
}));
/** cases.csv: case id → year. */
export const fixtureYears = new Map(csv('cases.csv').map((r) => [r[0] ?? '', r[3] ?? '']));
/** codings.csv: one reference a line (document file, basic code name). */
export const fixtureCodings = csv('codings.csv').map(([file = '', code = '']) => ({ file, code }));
/** The stored text of a fixture document. */
export const fixtureText = (file: string): string =>
  readFileSync(`${fixture}/documents/${file}`, 'utf8');

export const TWO_FILES = ['01.txt', '02.txt'];
export const FILES_1403 = fixtureDocuments
  .filter((d) => fixtureYears.get(d.kase) === '1403')
  .map((d) => d.file);

/** The study as loaded, with the sets TWO (manual) and Y1403 (rule year = 1403). */
export function fixtureWithSets(): ProjectSnapshot {
  const files = readDirFiles(fixture);
  if (!files.ok) throw new Error(files.reason);
  const loaded = loadProjectDir(files.data);
  if (!loaded.ok) throw new Error(loaded.reason);
  const s = loaded.data;
  const projectId = s.project.id;
  const titles = new Set(
    fixtureDocuments.filter((d) => TWO_FILES.includes(d.file)).map((d) => d.title),
  );
  const year = s.attributes.find((a) => a.name === 'year');
  if (!year) throw new Error('the fixture has no year attribute');
  return {
    ...s,
    sets: [
      buildSet({
        projectId,
        name: TWO,
        documentIds: s.documents.filter((d) => titles.has(d.title)).map((d) => d.id),
      }),
      buildSet({
        projectId,
        name: Y1403,
        kind: 'rule',
        rule: { match: 'all', conditions: [{ attributeId: year.id, values: ['1403'] }] },
      }),
    ],
  };
}

/** How many of `items` fall under each key. */
export function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
}
