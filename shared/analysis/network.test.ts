import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildDocument, buildProject } from '../db/test-builders';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { computeFrequencyTable } from './frequencies';
import { findGlobalTheme, globalThemes, networkJson, networkRows, themeNameKey } from './network';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const paper = computeFrequencyTable({ ...loaded.data, convention: 'paper' });

describe('networkRows', () => {
  it('takes the sample study’s 2 global, 6 organizing and 25 basic themes', () => {
    const rows = networkRows(paper.rows);
    const count = (level: string): number => rows.nodes.filter((n) => n.level === level).length;
    expect([count('global'), count('organizing'), count('basic')]).toEqual([2, 6, 25]);
    // Every theme but the two roots hangs from its parent by one edge.
    expect(rows.edges).toHaveLength(31);
  });

  it('weighs an edge by the child’s references and sizes nodes from Table 2 (paper)', () => {
    const motivational = findGlobalTheme(paper.rows, 'انگیزشی');
    expect(motivational?.references).toBe(166); // Table 2, printed global frequency
    const rows = networkRows(paper.rows, motivational?.id ?? null);
    const economic = rows.nodes.find((n) => n.name === 'تعامل در امور اقتصادی');
    expect(economic?.references).toBe(57); // Table 2, printed organizing frequency
    const edge = rows.edges.find((e) => e.to === economic?.id);
    expect(edge).toEqual({ from: motivational?.id, to: economic?.id, weight: 57 });
    expect(rows.nodes.filter((n) => n.level === 'global')).toHaveLength(1);
  });

  it('counts a passage coded twice under a theme once in the distinct convention', () => {
    const projectId = buildProject().id;
    const doc = buildDocument({ projectId });
    const g = buildCode({ projectId, name: 'کلان' });
    const o = buildCode({ projectId, parentId: g.id, name: 'سازمان‌دهنده' });
    const b1 = buildCode({ projectId, parentId: o.id, name: 'پایه ۱', order: 0 });
    const b2 = buildCode({ projectId, parentId: o.id, name: 'پایه ۲', order: 1 });
    const codings = [b1, b2].map((c) =>
      buildCoding({ projectId, documentId: doc.id, codeId: c.id, start: 0, end: 4 }),
    );
    const input = { codes: [g, o, b1, b2], codings, documents: [doc] };
    const refsOf = (convention: 'paper' | 'distinct'): number[] =>
      networkRows(computeFrequencyTable({ ...input, convention }).rows).nodes.map(
        (n) => n.references,
      );
    // By hand: one passage, coded with two sibling basic themes.
    expect(refsOf('paper')).toEqual([2, 2, 1, 1]);
    expect(refsOf('distinct')).toEqual([1, 1, 1, 1]);
  });

  it('prints only id, name, level, references, sources and from, to, weight', () => {
    const json = networkJson(networkRows(paper.rows));
    expect(Object.keys(json)).toEqual(['nodes', 'edges']);
    expect(Object.keys(json.nodes[0] ?? {})).toEqual([
      'id',
      'name',
      'level',
      'references',
      'sources',
    ]);
    expect(Object.keys(json.edges[0] ?? {})).toEqual(['from', 'to', 'weight']);
  });
});

describe('findGlobalTheme', () => {
  it('matches Arabic ي/ك, half-spaces and missing spaces', () => {
    expect(themeNameKey('فرصت‌های كاري')).toBe(themeNameKey('فرصتهای کاری'));
    expect(findGlobalTheme(paper.rows, 'انگيزشي')?.name).toBe('انگیزشی');
    expect(findGlobalTheme(paper.rows, 'نیست')).toBeUndefined();
    expect(globalThemes(paper.rows)).toHaveLength(2);
  });
});
