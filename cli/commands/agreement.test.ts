import { describe, expect, it } from 'vitest';
import { buildCode, buildDocument, buildTwoCoders } from '../../shared/db/test-builders';
import { parseCsv } from '../../shared/export/csv';
import { cliRunner } from '../test-cli';
import { fixture } from '../test-io';

// A two-coder project, written in memory as a Mazmun backup. One document of 10 characters.
const { projectId, a: ana, b: bita, at, snapshot: twoCoders } = buildTwoCoders();
const theme = buildCode({ projectId, name: 'Theme', order: 0 });
const sub = buildCode({ projectId, name: 'Sub', parentId: theme.id, order: 0 });
const other = buildCode({ projectId, name: 'Other', order: 1 });
const doc = buildDocument({ projectId, title: 'd', text: 'abcdefghij', direction: 'ltr' });
const snapshot = twoCoders({
  documents: [doc],
  codes: [theme, sub, other],
  codings: [
    at(ana.id, doc, sub, 0, 6),
    at(bita.id, doc, sub, 2, 8),
    at(bita.id, doc, other, 0, 10),
  ],
});
const path = '/in/two.mazmun.json';
const run = cliRunner({ [path]: snapshot });

describe('mazmun agreement', () => {
  it('gives per-code and pooled figures computed by hand', async () => {
    const r = await run('agreement', path, '--coders', 'Ana,Bita');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as {
      coders: string[];
      codes: { code: string; path: string; percent_agreement: number; kappa: number }[];
      pooled: { percent_agreement: number; kappa: number };
    };
    expect(json.coders).toEqual(['Ana', 'Bita']);
    expect(json.codes.map((c) => [c.code, c.path])).toEqual([
      ['Sub', 'Theme/Sub'],
      ['Other', 'Other'],
    ]);
    // Sub: Ana [0,6), Bita [2,8): both 4, Ana only 2, Bita only 2, neither 2 (N = 10).
    // po = 6/10; pe = 0.6·0.6 + 0.4·0.4 = 0.52; kappa = 0.08 / 0.48 = 1/6.
    expect(json.codes[0]?.percent_agreement).toBeCloseTo(0.6, 12);
    expect(json.codes[0]?.kappa).toBeCloseTo(1 / 6, 12);
    // Other: Bita coded all 10, Ana none: po = 0; pe = 0·1 + 1·0 = 0; kappa = 0.
    expect(json.codes[1]?.percent_agreement).toBe(0);
    expect(json.codes[1]?.kappa).toBe(0);
    // Pooled: both 4, Ana only 2, Bita only 12, neither 2 (N = 20): po = 6/20 = 0.3;
    // Ana yes 0.3, Bita yes 0.8: pe = 0.24 + 0.7·0.2 = 0.38; kappa = −0.08 / 0.62 = −4/31.
    expect(json.pooled.percent_agreement).toBeCloseTo(0.3, 12);
    expect(json.pooled.kappa).toBeCloseTo(-4 / 31, 12);
  });

  it('writes CSV with the 2×2 counts and a pooled row', async () => {
    const r = await run('agreement', path, '--coders', 'Bita, Ana', '--format', 'csv');
    expect(r.code, r.err).toBe(0);
    const [header, sub, , pooled] = parseCsv(r.out);
    expect(header).toEqual([
      'code',
      'path',
      'percent_agreement',
      'kappa',
      'characters',
      'both',
      'only_Bita',
      'only_Ana',
      'neither',
    ]);
    expect(sub?.slice(4)).toEqual(['10', '4', '2', '2', '2']);
    expect(pooled?.[0]).toBe('(pooled)');
    expect(pooled?.slice(4)).toEqual(['20', '4', '12', '2', '2']);
  });

  it('says which coder the project lacks, and names the ones it has', async () => {
    const r = await run('agreement', path, '--coders', 'Ana,Cyrus');
    expect(r.code).toBe(1);
    expect(r.err).toBe('mazmun: the project has no coder named "Cyrus" (its coders: Ana, Bita)\n');
  });

  it('says so clearly for the sample study, whose codings carry no coder', async () => {
    const r = await run('agreement', fixture, '--coders', 'A,B');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'mazmun: the project has no coder named "A": it has no coders at all (none of its codings says who coded it)\n',
    );
  });

  it('refuses a usage without two different coders (exit 2)', async () => {
    expect((await run('agreement', path)).code).toBe(2);
    const one = await run('agreement', path, '--coders', 'Ana');
    expect([one.code, one.err]).toEqual([
      2,
      'mazmun: agreement needs two coder names: --coders NAME,NAME (got "Ana")\n',
    ]);
    expect((await run('agreement', path, '--coders', 'Ana,Ana')).code).toBe(2);
  });

  it('is listed in mazmun --help', async () => {
    expect((await run('--help')).out).toContain('mazmun agreement <project> --coders NAME,NAME');
  });
});
