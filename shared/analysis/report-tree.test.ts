import { describe, expect, it } from 'vitest';
import { computeFrequencyTable } from './index';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import {
  attributeValues,
  buildThemeTree,
  caseFilterPredicate,
  expandableIds,
  sourceIdsText,
} from './report-tree';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const snap = loaded.data;
const year = snap.attributes.find((a) => a.name === 'year');
if (!year) throw new Error('the sample has no year attribute');
const all = computeFrequencyTable({ ...snap, convention: 'paper' });

describe('buildThemeTree', () => {
  const tree = buildThemeTree(all.rows);

  it('nests the study as 2 global, 6 organizing and 25 basic themes', () => {
    expect(tree.map((n) => n.row.references)).toEqual([166, 141]);
    expect(tree.flatMap((g) => g.children.map((o) => o.row.references))).toEqual([
      57, 51, 58, 53, 39, 49,
    ]);
    const basics = tree.flatMap((g) => g.children.flatMap((o) => o.children));
    expect(basics).toHaveLength(25);
    expect(basics.every((b) => b.children.length === 0)).toBe(true);
    expect(expandableIds(tree)).toHaveLength(8);
  });

  it('keeps a row whose parent is missing as a root', () => {
    const [, second] = all.rows;
    if (!second) throw new Error('no rows');
    expect(buildThemeTree([second]).map((n) => n.row.id)).toEqual([second.id]);
  });
});

describe('sourceIdsText', () => {
  it('prints the paper’s source ids in document order', () => {
    const transport = all.rows.find((r) => r.name === 'همکاری در حوزه حمل و نقل');
    // Printed as 1-2-3-4-8-16-6-5; recomputed in document order.
    expect(transport && sourceIdsText(transport)).toBe('1-2-3-4-5-6-8-16');
  });
});

describe('case filter', () => {
  it('lists the year values in order and keeps only the chosen years', () => {
    expect(attributeValues(year.id, snap.cases)).toEqual(['1400', '1403']);
    const pred = caseFilterPredicate({ attributeId: year.id, values: ['1403'] }, snap.attributes);
    expect(pred).toBeDefined();
    const only = computeFrequencyTable({
      ...snap,
      convention: 'paper',
      filter: pred ? { caseFilter: pred } : undefined,
    });
    const kept = snap.cases.filter((c) => c.values[year.id] === 1403).length;
    expect(only.documents).toBe(kept);
    expect(only.references).toBeLessThan(307);
    expect(only.references).toBeGreaterThan(0);
  });

  it('filters nothing without values or with an attribute of another project', () => {
    expect(caseFilterPredicate(null, snap.attributes)).toBeUndefined();
    expect(
      caseFilterPredicate({ attributeId: year.id, values: [] }, snap.attributes),
    ).toBeUndefined();
    const stale = { attributeId: 'elsewhere' as typeof year.id, values: ['1403'] };
    expect(caseFilterPredicate(stale, snap.attributes)).toBeUndefined();
  });
});
