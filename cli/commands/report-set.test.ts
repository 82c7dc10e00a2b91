// `mazmun report --set NAME` (issue 13.4): the report of one document set's documents.
import { describe, expect, it } from 'vitest';
import { buildSet, buildSnapshot } from '../../shared/db/test-builders';
import type { ReportJson } from '../report-format';
import { cliRunner } from '../test-cli';

const snap = buildSnapshot({ sets: [] });
const [fa, en] = snap.documents;
const path = '/in/study.mazmun.json';
const run = cliRunner({
  [path]: {
    ...snap,
    sets: [buildSet({ projectId: snap.project.id, name: 'English', documentIds: [en!.id] })],
  },
});
const report = (extra: string[]) => run('report', path, '--format', 'json', ...extra);

describe('mazmun report --set', () => {
  it('counts only the documents of the named set', async () => {
    const all = await report([]);
    expect(all.code, all.err).toBe(0);
    const one = await report(['--set', 'English']);
    expect(one.code, one.err).toBe(0);
    const whole = JSON.parse(all.out) as ReportJson;
    const limited = JSON.parse(one.out) as ReportJson;
    // The builder codes fa twice and en once: the set holds en only.
    expect(whole.documents).toBe(2);
    expect(limited.documents).toBe(1);
    expect(fa).toBeDefined();
    const total = (r: ReportJson) =>
      r.rows.filter((x) => x.level === 'global').reduce((n, x) => n + x.references, 0);
    expect(total(limited)).toBeLessThan(total(whole));
  });

  it('refuses an unknown set by name, exit 1', async () => {
    const r = await report(['--set', 'Nope']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^mazmun: There is no set named “Nope”/);
  });
});
