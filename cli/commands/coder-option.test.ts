// `--coder NAME[,NAME]` on report, crosstab, cooccurrence, words, network and export: a backup
// with two coders built here; the expected counts are worked out by hand from its codings.
import { describe, expect, it } from 'vitest';
import {
  buildAttribute,
  buildCase,
  buildCode,
  buildDocument,
  buildTwoCoders,
} from '../../shared/db/test-builders';
import { cliRunner } from '../test-cli';

const {
  projectId,
  a: ann,
  b: bob,
  at,
  snapshot,
} = buildTwoCoders({
  project: { language: 'en', name: 'Two coders' },
  names: ['Ann', 'Bob Lee'],
});
const year = buildAttribute({ projectId, name: 'Year', type: 'year' });
const x = buildCase({ projectId, name: 'X', values: { [year.id]: 1400 } });
// alpha [0,5) beta [6,10) gamma [11,16) delta [17,22)
const d1 = buildDocument({ projectId, title: 'd1', text: 'alpha beta gamma delta', caseId: x.id });
const G = buildCode({ projectId, name: 'G' });
const O = buildCode({ projectId, name: 'O', parentId: G.id });
const b1 = buildCode({ projectId, name: 'b1', parentId: O.id, order: 0 });
const b2 = buildCode({ projectId, name: 'b2', parentId: O.id, order: 1 });
const study = snapshot({
  documents: [d1],
  codes: [G, O, b1, b2],
  cases: [x],
  attributes: [year],
  codings: [
    at(ann.id, d1, b1, 0, 10), // "alpha beta"
    at(ann.id, d1, b2, 17, 22), // "delta"
    at(bob.id, d1, b2, 6, 16), // "beta gamma": overlaps Ann's b1 on "beta"
  ],
});
const path = '/in/two-coders.mazmun.json';
const run = cliRunner({ [path]: study });

async function json<T>(...argv: string[]): Promise<T> {
  const r = await run(...argv);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
}

type Rows = { rows: { name: string; references: number }[] };
const refs = (r: Rows) => Object.fromEntries(r.rows.map((x) => [x.name, x.references]));

describe('--coder', () => {
  it('report: only the named coders’ references', async () => {
    expect(refs(await json<Rows>('report', path, '--format', 'json'))).toEqual({
      G: 3,
      O: 3,
      b1: 1,
      b2: 2,
    });
    expect(refs(await json<Rows>('report', path, '--format', 'json', '--coder', 'Ann'))).toEqual({
      G: 2,
      O: 2,
      b1: 1,
      b2: 1,
    });
    // Two names, one with a space: everyone again.
    const both = await json<Rows>('report', path, '--format', 'json', '--coder', 'Ann,Bob Lee');
    expect(refs(both).G).toBe(3);
  });

  it('crosstab: cells and total', async () => {
    type Xt = { rows: { label: string; total: number }[]; total: number };
    const args = ['crosstab', path, '--rows', 'codes', '--count', 'references', '--format', 'json'];
    const bobs = await json<Xt>(...args, '--coder', 'Bob Lee');
    expect(bobs.rows.map((r) => [r.label, r.total])).toEqual([
      ['b1', 0],
      ['b2', 1],
    ]);
    expect((await json<Xt>(...args)).total).toBe(3);
  });

  it('cooccurrence: the overlap needs both coders', async () => {
    type Co = { matrix: number[][] };
    const args = ['cooccurrence', path, '--level', 'basic', '--format', 'json'];
    expect((await json<Co>(...args)).matrix[0]?.[1]).toBe(1);
    expect((await json<Co>(...args, '--coder', 'Ann')).matrix[0]?.[1]).toBe(0);
  });

  it('words: the passages the coder coded instead of whole documents', async () => {
    type W = { words: { word: string; count: number }[]; tokens: number };
    const args = ['words', path, '--format', 'json', '--all-words'];
    expect((await json<W>(...args)).tokens).toBe(4);
    const bobs = await json<W>(...args, '--coder', 'Bob Lee');
    expect(bobs.words.map((w) => [w.word, w.count]).sort()).toEqual([
      ['beta', 1],
      ['gamma', 1],
    ]);
  });

  it('network: node references', async () => {
    type N = { nodes: { name: string; references: number }[] };
    const net = await json<N>('network', path, '--coder', 'Bob Lee');
    expect(Object.fromEntries(net.nodes.map((n) => [n.name, n.references]))).toEqual({
      G: 1,
      O: 1,
      b1: 0,
      b2: 1,
    });
  });

  it('export: the report names the coders; a backup holds only their codings', async () => {
    const exportAs = (format: string, out: string, coder: string) =>
      run('export', path, '--format', format, '--out', out, '--coder', coder);
    const html = await exportAs('html', '/o/r.html', 'Ann');
    expect(html.code).toBe(0);
    const page = String(html.written.get('/o/r.html'));
    expect(page).toContain('Coders: <bdi>Ann</bdi>');
    expect(page).toContain('<dt>Codings</dt><dd>2</dd>');
    const backup = await exportAs('backup', '/o/b.json', 'Bob Lee');
    expect(backup.code).toBe(0);
    // Ann's codings' ids are gone from the file, Bob's is there.
    const written = String(backup.written.get('/o/b.json'));
    expect(written).not.toContain(study.codings[0]?.id);
    expect(written).not.toContain(study.codings[1]?.id);
    expect(written).toContain(study.codings[2]?.id);
  });

  it('refuses an unknown coder with the project’s coders (exit 1), an empty name as usage (2)', async () => {
    const unknown = await run('report', path, '--coder', 'Cy');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('"Cy"');
    expect(unknown.err).toContain('Bob Lee');
    const empty = await run('network', path, '--coder', 'Ann,');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/^mazmun: .*--coder/);
  });

  it('is in the help of each command', async () => {
    for (const command of ['report', 'crosstab', 'cooccurrence', 'words', 'network', 'export']) {
      const help = await run(command, '--help');
      expect(help.out, command).toContain('--coder NAME[,NAME]');
    }
  });
});
