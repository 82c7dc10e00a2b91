// `--set NAME` on every command that reads a project (issue 13.4). Each expectation is counted
// from the sample study's plain files (codings.csv, documents.csv, cases.csv, the texts), not
// from Mazmun's analyses: a command that ignored --set would count all 16 interviews.
import { describe, expect, it } from 'vitest';
import {
  buildCode,
  buildCoder,
  buildCoding,
  buildDocument,
  buildProject,
  buildSet,
  buildSnapshot,
} from '../../shared/db/test-builders';
import { restoreBackup } from '../../shared/exchange/backup';
import { parseCsv } from '../../shared/export/csv';
import { builtCommands } from '.';
import { cliRunner } from '../test-cli';
import { fixture } from '../test-io';
import {
  countBy,
  FILES_1403,
  fixtureCodings,
  fixtureDocuments,
  fixtureText,
  fixtureWithSets,
  SETS_PATH,
  TWO,
  TWO_FILES,
  Y1403,
} from '../test-sets';

const run = cliRunner({ [SETS_PATH]: fixtureWithSets() });
const json = <T>(r: { code: number; out: string; err: string }): T => {
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as T;
};
const codingsOf = (files: readonly string[]) =>
  fixtureCodings.filter((c) => files.includes(c.file));
const titleOf = new Map(fixtureDocuments.map((d) => [d.file, d.title]));

interface CrosstabJson {
  rows: { label: string; cells: Record<string, number>; total: number }[];
  total: number;
}

describe('--set on the analysis commands', () => {
  it('crosstab: references per code are the codings of the set’s two interviews', async () => {
    const args = ['--rows', 'codes', '--count', 'references', '--format', 'json'];
    const whole = json<CrosstabJson>(await run('crosstab', SETS_PATH, ...args));
    const two = json<CrosstabJson>(await run('crosstab', SETS_PATH, ...args, '--set', TWO));
    const expected = codingsOf(TWO_FILES);
    expect(expected.length).toBeGreaterThan(0);
    expect(whole.total).toBe(fixtureCodings.length);
    expect(two.total).toBe(expected.length);
    const perCode = countBy(expected, (c) => c.code);
    for (const row of two.rows) expect(row.total, row.label).toBe(perCode.get(row.label) ?? 0);
  });

  it('crosstab: a rule set of year 1403 leaves sources in the 1403 column only', async () => {
    const r = json<CrosstabJson>(
      await run(
        'crosstab',
        SETS_PATH,
        ...['--rows', 'codes', '--cols', 'year', '--count', 'sources', '--format', 'json'],
        ...['--set', 'مصاحبه‌هاي ۱۴۰۳'], // Arabic ي: set names match as the search matches
      ),
    );
    const pairs = new Set(codingsOf(FILES_1403).map((c) => `${c.code}\u0000${c.file}`));
    const perCode = countBy([...pairs], (p) => p.split('\u0000')[0] ?? '');
    for (const row of r.rows) {
      expect(row.cells['1400'] ?? 0, row.label).toBe(0);
      expect(row.total, row.label).toBe(perCode.get(row.label) ?? 0);
    }
    expect(FILES_1403).toHaveLength(9);
  });

  it('cooccurrence by document: a pair counts the set’s interviews holding both codes', async () => {
    const r = json<{ pairs: { a: string; b: string; count: number }[] }>(
      await run('cooccurrence', SETS_PATH, '--mode', 'document', '--set', TWO),
    );
    const codesIn = new Map(
      TWO_FILES.map((f) => [f, new Set(codingsOf([f]).map((c) => c.code))] as const),
    );
    const both = (a: string, b: string) =>
      [...codesIn.values()].filter((s) => s.has(a) && s.has(b)).length;
    expect(r.pairs.length).toBeGreaterThan(0);
    for (const p of r.pairs) expect(p.count, `${p.a} × ${p.b}`).toBe(both(p.a, p.b));
    // Every pair of codes that meet in an interview of the set is listed, and no other.
    const meet = new Set<string>();
    for (const codes of codesIn.values()) {
      for (const a of codes) for (const b of codes) if (a < b) meet.add(`${a}\u0000${b}`);
    }
    expect(r.pairs).toHaveLength(meet.size);
  });

  it('words: a word is counted in the set’s texts only', async () => {
    const r = json<{ words: { word: string; count: number; documents: number }[] }>(
      await run('words', SETS_PATH, '--top', '100000', '--format', 'json', '--set', TWO),
    );
    for (const word of ['همکاری', 'فرهنگی']) {
      let count = 0;
      let documents = 0;
      for (const f of TWO_FILES) {
        const n = fixtureText(f)
          .split(/[^\p{L}\p{M}\p{N}]+/u)
          .filter((w) => w === word).length;
        count += n;
        if (n > 0) documents++;
      }
      expect(count, word).toBeGreaterThan(0);
      const row = r.words.find((w) => w.word === word);
      expect({ count: row?.count, documents: row?.documents }, word).toEqual({ count, documents });
    }
    expect(Math.max(...r.words.map((w) => w.documents))).toBeLessThanOrEqual(2);
  });

  it('network: a basic theme’s references are its codings in the 1403 interviews', async () => {
    const r = json<{ nodes: { name: string; level: string; references: number }[] }>(
      await run('network', SETS_PATH, '--set', Y1403),
    );
    const expected = codingsOf(FILES_1403);
    const perCode = countBy(expected, (c) => c.code);
    const basic = r.nodes.filter((n) => n.level === 'basic');
    expect(basic).toHaveLength(25);
    for (const n of basic) expect(n.references, n.name).toBe(perCode.get(n.name) ?? 0);
    const globals = r.nodes.filter((n) => n.level === 'global');
    expect(globals.reduce((s, n) => s + n.references, 0)).toBe(expected.length);
  });

  it('search: hits only in the set’s interviews, as many as the texts hold', async () => {
    const word = 'کریدور';
    const r = json<{ hits: { document: string }[] }>(
      await run('search', SETS_PATH, word, '--format', 'json', '--set', TWO),
    );
    const plain = TWO_FILES.reduce((n, f) => n + fixtureText(f).split(word).length - 1, 0);
    expect(plain).toBeGreaterThan(0);
    expect(r.hits).toHaveLength(plain);
    const titles = new Set(TWO_FILES.map((f) => titleOf.get(f)));
    for (const h of r.hits) expect(titles.has(h.document), h.document).toBe(true);
  });
});

describe('--set on export', () => {
  it('a backup of the set holds its two interviews and their codings', async () => {
    const r = await run(
      'export',
      SETS_PATH,
      '--format',
      'backup',
      '--out',
      '/out/two.json',
      '--set',
      TWO,
    );
    expect(r.code, r.err).toBe(0);
    const written = r.written.get('/out/two.json');
    const text = typeof written === 'string' ? written : new TextDecoder().decode(written);
    const restored = restoreBackup(text);
    if (!restored.ok) throw new Error(restored.reason);
    const titles = TWO_FILES.map((f) => titleOf.get(f));
    expect(restored.data.documents.map((d) => d.title).sort()).toEqual([...titles].sort());
    expect(restored.data.codings).toHaveLength(codingsOf(TWO_FILES).length);
  });

  it('a csv frequency table of the rule set counts the 1403 codings per basic theme', async () => {
    const r = await run(
      'export',
      ...[SETS_PATH, '--format', 'csv', '--table', 'frequency', '--out', '/out/f.csv'],
      ...['--set', Y1403],
    );
    expect(r.code, r.err).toBe(0);
    const written = r.written.get('/out/f.csv');
    const rows = parseCsv(
      typeof written === 'string' ? written : new TextDecoder().decode(written),
    );
    // Columns: level, path ("a > b > c"), theme, sources, references, …
    const basic = rows.slice(1).filter((row) => (row[1] ?? '').split(' > ').length === 3);
    expect(basic).toHaveLength(25);
    const perCode = countBy(codingsOf(FILES_1403), (c) => c.code);
    for (const row of basic) expect(Number(row[4]), row[2]).toBe(perCode.get(row[2] ?? '') ?? 0);
  });

  it('an html report of the set names the set under its title', async () => {
    const r = await run(
      'export',
      ...[SETS_PATH, '--format', 'html', '--out', '/out/r.html', '--set', TWO],
    );
    expect(r.code, r.err).toBe(0);
    const written = r.written.get('/out/r.html');
    const html = typeof written === 'string' ? written : new TextDecoder().decode(written);
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
    expect(header).toContain(`<bdi>${TWO}</bdi>`);
  });
});

describe('--set on agreement', () => {
  // Two documents of 10 characters. In d1 only Bita codes Other (all of it); in d2 both code it
  // all. Over both, Other agrees on 10 of 20 characters; over the set {d2}, on 10 of 10.
  const project = buildProject();
  const projectId = project.id;
  const ana = buildCoder({ projectId, name: 'Ana' });
  const bita = buildCoder({ projectId, name: 'Bita' });
  const other = buildCode({ projectId, name: 'Other', order: 0 });
  const d1 = buildDocument({ projectId, title: 'd1', text: 'abcdefghij', direction: 'ltr' });
  const d2 = buildDocument({ projectId, title: 'd2', text: 'klmnopqrst', direction: 'ltr' });
  const coding = (documentId: typeof d1.id, coderId: typeof ana.id) =>
    buildCoding({ projectId, documentId, codeId: other.id, coderId, start: 0, end: 10 });
  const path = '/in/pair.mazmun.json';
  const pair = cliRunner({
    [path]: buildSnapshot({
      project,
      documents: [d1, d2],
      cases: [],
      attributes: [],
      memos: [],
      codes: [other],
      coders: [ana, bita],
      codings: [coding(d1.id, bita.id), coding(d2.id, ana.id), coding(d2.id, bita.id)],
      sets: [buildSet({ projectId, name: 'Second', documentIds: [d2.id] })],
    }),
  });
  const agreement = async (...extra: string[]) =>
    json<{ codes: { code: string; percent_agreement: number }[] }>(
      await pair('agreement', path, '--coders', 'Ana,Bita', ...extra),
    ).codes.find((c) => c.code === 'Other')?.percent_agreement;

  it('compares the coders on the set’s documents only', async () => {
    expect(await agreement()).toBeCloseTo(10 / 20, 10);
    expect(await agreement('--set', 'Second')).toBeCloseTo(10 / 10, 10);
  });
});

describe('an unknown --set', () => {
  it('is one line naming the project’s sets, exit 1, on every command', async () => {
    const calls = [
      ['report', SETS_PATH],
      ['crosstab', SETS_PATH, '--rows', 'codes'],
      ['cooccurrence', SETS_PATH],
      ['words', SETS_PATH],
      ['network', SETS_PATH],
      ['export', SETS_PATH, '--format', 'html', '--out', '/out/x.html'],
      ['agreement', SETS_PATH, '--coders', 'a,b'],
      ['search', SETS_PATH, 'کریدور'],
    ];
    for (const call of calls) {
      const r = await run(...call, '--set', 'Nope');
      expect(r.code, call[0]).toBe(1);
      expect(r.out, call[0]).toBe('');
      expect(r.written.size, call[0]).toBe(0);
      expect(r.err, call[0]).toBe(
        `mazmun: There is no set named “Nope” in this project (its sets: “${TWO}”, “${Y1403}”).\n`,
      );
    }
  });

  it('says so when the project has no sets at all', async () => {
    const r = await run('crosstab', fixture, '--rows', 'codes', '--set', TWO);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`mazmun: There is no set named “${TWO}” in this project: it has no sets.\n`);
  });

  it('lists ten names and how many more of a long list', async () => {
    const snap = fixtureWithSets();
    const many = Array.from({ length: 12 }, (_, i) =>
      buildSet({ projectId: snap.project.id, name: `s${i + 1}` }),
    );
    const r = await cliRunner({ '/in/many.json': { ...snap, sets: many } })(
      'network',
      '/in/many.json',
      '--set',
      'Nope',
    );
    expect(r.code).toBe(1);
    const ten = many.slice(0, 10).map((s) => `“${s.name}”`);
    expect(r.err).toBe(
      `mazmun: There is no set named “Nope” in this project (its sets include ${ten.join(', ')} and 2 more).\n`,
    );
  });
});

describe('the help', () => {
  it('describes --set for every command that reads a project', () => {
    const reading = [
      'report',
      'export',
      'crosstab',
      'cooccurrence',
      'words',
      'network',
      'agreement',
      'search',
    ];
    for (const name of reading) {
      const c = builtCommands().find((x) => x.name === name);
      expect(c?.help, name).toContain('--set NAME');
      expect(c?.options, name).toHaveProperty('set', null);
    }
  });
});
