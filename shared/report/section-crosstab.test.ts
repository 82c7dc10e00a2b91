import { describe, expect, it } from 'vitest';
import { buildAttribute, buildProject, buildSnapshot } from '../db/test-builders';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { REPORT_LABELS } from './labels';
import type { SectionContext } from './report-sections';
import { crosstabSection, reportAttribute } from './section-crosstab';

const ctx = (locale: 'en' | 'fa'): SectionContext => ({
  labels: REPORT_LABELS[locale],
  num: (v) => String(v),
  rtl: locale === 'fa',
  fontFamily: null,
});
const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const snapshot = loaded.data;

describe('crosstabSection', () => {
  it('crosses the sample’s two global themes with the interview year, totals 307', () => {
    const html = crosstabSection({ snapshot, ctx: ctx('en'), convention: 'paper' });
    expect(html).toContain('<h2 id="crosstab">Crosstab</h2>');
    expect(html).toContain('References of the global themes by year.');
    const head = [...html.matchAll(/<th scope="col" class="num"><bdi>([^<]+)<\/bdi><\/th>/g)];
    expect(head.map((m) => m[1])).toEqual(['1400', '1403']);
    const body = [
      ...html.matchAll(
        /<tr><th scope="row"><bdi>[^<]+<\/bdi><\/th>((?:<td class="num">\d+<\/td>)+)<\/tr>/g,
      ),
    ];
    expect(body).toHaveLength(2);
    // Each row's cells add up to its total, and the totals to 307.
    let sum = 0;
    for (const m of body) {
      const nums = [...(m[1] ?? '').matchAll(/(\d+)/g)].map((x) => Number(x[1]));
      expect((nums[0] ?? 0) + (nums[1] ?? 0)).toBe(nums[2]);
      sum += nums[2] ?? 0;
    }
    expect(sum).toBe(307);
    expect(html).toMatch(
      /<tfoot><tr><th scope="row">Total<\/th>.*<td class="num">307<\/td><\/tr><\/tfoot>/,
    );
    expect(html).toMatch(/Chi-square = [\d.]+, df = 1, p = /);
  });

  it('speaks Persian in a Persian report', () => {
    const html = crosstabSection({ snapshot, ctx: ctx('fa'), convention: 'paper' });
    expect(html).toContain('جدول متقاطع');
    expect(html).toContain('<th scope="row">جمع</th>');
  });

  it('is empty without case attributes', () => {
    expect(
      crosstabSection({
        snapshot: { ...snapshot, attributes: [] },
        ctx: ctx('en'),
        convention: 'paper',
      }),
    ).toBe('');
    expect(
      crosstabSection({
        snapshot: buildSnapshot({ attributes: [] }),
        ctx: ctx('en'),
        convention: 'paper',
      }),
    ).toBe('');
  });

  it('prefers a year, then a category attribute', () => {
    const projectId = buildProject().id;
    const text = buildAttribute({ projectId, type: 'text', order: 0, calendar: null });
    const cat = buildAttribute({ projectId, type: 'category', order: 1, calendar: null });
    const year = buildAttribute({ projectId, type: 'year', order: 2 });
    expect(reportAttribute([text, cat, year])).toBe(year);
    expect(reportAttribute([text, cat])).toBe(cat);
    expect(reportAttribute([text])).toBe(text);
    expect(reportAttribute([])).toBeUndefined();
  });
});

describe('crosstabSection under the report’s filter', () => {
  it('keeps to the chosen theme and the chosen cases', () => {
    const roots = snapshot.codes.filter((c) => c.parentId === null);
    const second = roots[1];
    const firstCase = snapshot.cases[0];
    if (!second || !firstCase) throw new Error('fixture changed');
    const html = crosstabSection({
      snapshot,
      ctx: ctx('en'),
      convention: 'paper',
      selection: { themeIds: [second.id] },
    });
    const rows = [...html.matchAll(/<tr><th scope="row"><bdi>([^<]+)<\/bdi>/g)].map((m) => m[1]);
    expect(rows).toEqual([second.name]);
    expect(html).toContain('<td class="num">141</td></tr></tfoot>'); // the second theme's 141
    const oneCase = crosstabSection({
      snapshot,
      ctx: ctx('en'),
      convention: 'paper',
      selection: { caseIds: [firstCase.id] },
    });
    const direct = snapshot.codings.filter(
      (c) => snapshot.documents.find((d) => d.id === c.documentId)?.caseId === firstCase.id,
    ).length;
    expect(oneCase).toContain(`<td class="num">${direct}</td></tr></tfoot>`);
  });
});
