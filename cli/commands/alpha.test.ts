import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { memoryIo } from '../test-io';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: observers A–D
// as columns, units 1–12 as rows, an empty cell = missing. Published: nominal 0.743, ordinal
// 0.815, interval 0.849, ratio 0.797.
const PAPER_CSV = [
  'A,B,C,D',
  '1,1,,1',
  '2,2,3,2',
  '3,3,3,3',
  '3,3,3,3',
  '2,2,2,2',
  '1,2,3,4',
  '4,4,4,4',
  '1,1,2,1',
  '2,2,2,2',
  ',5,5,5',
  ',,1,1',
  ',3,,',
  '',
].join('\n');

async function alpha(csv: string, ...extra: string[]) {
  const path = '/in/reliability.csv';
  const io = memoryIo({}, new Map([[path, new TextEncoder().encode(csv)]]));
  const code = await runCli(['alpha', path, ...extra], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('mazmun alpha', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('gives the paper’s %s alpha, %s', async (level, published) => {
    const r = await alpha(PAPER_CSV, '--level', level, '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as {
      alpha: number;
      level: string;
      units: number;
      coders: number;
    };
    expect(Number(json.alpha.toFixed(3))).toBe(published);
    expect(json).toMatchObject({ level, units: 12, coders: 4 });
  });

  it('is nominal by default, and nominal values may be words', async () => {
    const words = PAPER_CSV.replaceAll('1', 'one');
    const r = await alpha(words);
    expect(r.code, r.err).toBe(0);
    expect(Number((JSON.parse(r.out) as { alpha: number }).alpha.toFixed(3))).toBe(0.743);
  });

  it('refuses text at a numeric level, naming the line and the coder', async () => {
    const r = await alpha('A,B\n1,2\nx,3\n', '--level', 'interval');
    expect(r.code).toBe(1);
    expect(r.err).toContain('line 3, coder "A": "x" is not a number');
  });

  it('refuses a header of fewer than two coders and a missing file', async () => {
    expect((await alpha('A\n1\n')).err).toContain('at least two coders');
    const io = memoryIo();
    expect(await runCli(['alpha', '/none.csv'], io)).toBe(1);
    expect(io.err.join('')).toBe('mazmun: /none.csv: no such file\n');
  });

  it('refuses an unknown level (usage, exit 2)', async () => {
    expect((await alpha(PAPER_CSV, '--level', 'metric')).code).toBe(2);
  });
});
