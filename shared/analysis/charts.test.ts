import { describe, expect, it } from 'vitest';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { codeDocumentMatrix, globalShares, organizingFrequencies } from './charts';
import { computeFrequencies } from './frequencies';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const snap = loaded.data;

describe('chart shapes on the Azerbaijan study', () => {
  const rows = computeFrequencies({ ...snap, convention: 'paper' });

  it('Chart 1: the two global themes as shares of 307', () => {
    const shares = globalShares(rows);
    expect(shares.map((s) => s.references)).toEqual([166, 141]);
    expect(shares[0]?.percent).toBeCloseTo((100 * 166) / 307, 10);
    expect(shares.reduce((s, x) => s + x.percent, 0)).toBeCloseTo(100, 10);
  });

  it('Chart 2: the six organizing themes in tree order', () => {
    expect(organizingFrequencies(rows).map((r) => r.references)).toEqual([57, 51, 58, 53, 39, 49]);
  });

  it('the basic theme × document matrix sums to the table', () => {
    const m = codeDocumentMatrix({ ...snap, convention: 'paper' });
    expect([m.codes.length, m.documents.length]).toEqual([25, 16]);
    const basic = rows.filter((r) => r.level === 'basic');
    m.cells.forEach((line, i) => {
      expect(line.reduce((a, b) => a + b, 0)).toBe(basic[i]?.references);
      expect(line.filter((v) => v > 0).length).toBe(basic[i]?.sources);
    });
    expect(m.max).toBe(Math.max(...m.cells.flat()));
    expect(m.max).toBeGreaterThan(1);
  });

  it('a matrix of organizing themes under the distinct convention', () => {
    const m = codeDocumentMatrix({ ...snap, convention: 'distinct', levels: ['organizing'] });
    const rowsD = computeFrequencies({ ...snap, convention: 'distinct' });
    const org = organizingFrequencies(rowsD);
    expect(m.cells.map((l) => l.reduce((a, b) => a + b, 0))).toEqual(org.map((r) => r.references));
  });
});
