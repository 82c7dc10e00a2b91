import { describe, expect, it } from 'vitest';
import table2 from '../../fixtures/reference/azerbaijan-table2.csv?raw';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { comparePublished, defaultSourceKey, parsePublishedTable } from './compare-published';
import { computeFrequencies } from './frequencies';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const published = parsePublishedTable(table2);
if (!published.ok) throw new Error(published.reason);
const rows = computeFrequencies({ ...loaded.data, convention: 'paper' });

describe('comparePublished on Table 2', () => {
  const cmp = comparePublished(published.data, rows);

  it('matches every printed cell', () => {
    expect(cmp.mismatches).toBe(0);
    const refs = cmp.cells.filter((c) => c.field === 'references');
    // 16 printed basic + 6 organizing + 2 global frequencies; 9 basic ones are not printed.
    expect(refs.filter((c) => c.status === 'match')).toHaveLength(24);
    expect(refs.filter((c) => c.status === 'not-printed')).toHaveLength(9);
    expect(cmp.cells.filter((c) => c.field === 'sources' && c.status === 'match')).toHaveLength(25);
  });

  it('lists the oddities of the printed table', () => {
    const kinds = (k: string): string[] =>
      cmp.oddities.filter((o) => o.kind === k).map((o) => o.path[o.path.length - 1] ?? '');
    expect(kinds('repeated-source-id')).toEqual([
      'استفاده از ظرفیت زنان',
      'حمایت از تمامیت ارضی یکدیگر',
    ]);
    expect(kinds('missing-number')).toHaveLength(9);
    expect(kinds('frequency-below-sources')).toEqual([]);
    expect(kinds('total-not-sum')).toEqual([]);
  });

  it('reports a changed printed number, a short frequency and a wrong total', () => {
    const edited = published.data.map((t, k) =>
      k === 9 ? { ...t, basicReferences: 3 } : k === 13 ? { ...t, globalReferences: 140 } : t,
    );
    const c = comparePublished(edited, rows);
    expect(c.mismatches).toBe(2);
    const odd = c.oddities.map((o) => `${o.kind}:${o.detail}`);
    expect(odd).toContain('frequency-below-sources:frequency 3 is below its 14 distinct sources');
    expect(odd).toContain('total-not-sum:printed 140, but its parts sum to 141');
    expect(odd).toContain('total-not-sum:printed 58, but its parts sum to 46');
  });
});

describe('parsePublishedTable', () => {
  it('reads Persian digits and reports missing columns', () => {
    const csv =
      'global_theme,organizing_theme,basic_theme,source_codes_printed,basic_references_printed\nG,O,B,۱-۲-۲,۳\n';
    const r = parsePublishedTable(csv);
    expect(r.ok && r.data[0]).toMatchObject({
      printedSources: ['1', '2', '2'],
      basicReferences: 3,
      organizingReferences: null,
    });
    expect(parsePublishedTable('a,b\n1,2\n')).toMatchObject({
      ok: false,
      error: { code: 'csv.missingColumn', params: { column: 'global_theme', columns: ['a', 'b'] } },
    });
  });
  it('names the row of a theme without a name (the header is row 1)', () => {
    const csv = 'global_theme,organizing_theme,basic_theme\nG,O,B\nG, ,B2\n';
    expect(parsePublishedTable(csv)).toMatchObject({
      ok: false,
      error: { code: 'compare.emptyThemeName', params: { row: 3 } },
    });
  });
  it('derives printed ids from titles', () => {
    expect(['1. Ana', 'مصاحبه ۰۷', 'x'].map(defaultSourceKey)).toEqual(['1', '7', 'x']);
  });
});
