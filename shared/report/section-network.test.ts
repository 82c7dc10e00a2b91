import { describe, expect, it } from 'vitest';
import { buildCode, buildProject, buildSnapshot } from '../db/test-builders';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { htmlReport } from './html-report';
import type { SectionContext } from './report-sections';
import { networkSection } from './section-network';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const snapshot = loaded.data;

const ctx = (rtl: boolean): SectionContext => ({
  labels: {} as SectionContext['labels'],
  num: (v) => String(v),
  rtl,
  fontFamily: null,
});

describe('networkSection', () => {
  it('draws one map per global theme with all 33 themes between them', () => {
    const html = networkSection({ snapshot, ctx: ctx(true), convention: 'paper' });
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html.match(/class="network-node"/g)).toHaveLength(33);
    expect(html.match(/data-level="global"/g)).toHaveLength(2);
    // Each map's title id is its own, so two maps in one page keep their accessible names.
    expect(html).toContain('id="network-1-title"');
    expect(html).toContain('id="network-2-title"');
    expect(html).toContain('<h2 id="network">شبکهٔ مضامین</h2>');
    // Table 2's global frequencies under the maps.
    expect(html).toContain('<bdi>انگیزشی</bdi> — 166');
    expect(html).toContain('<bdi>محیطی</bdi> — 141');
  });

  it('speaks English in an English report and says nothing without themes', () => {
    expect(networkSection({ snapshot, ctx: ctx(false), convention: 'paper' })).toContain(
      'Thematic network',
    );
    const project = buildProject();
    const empty = buildSnapshot({ project, codes: [] });
    expect(networkSection({ snapshot: empty, ctx: ctx(true), convention: 'paper' })).toBe('');
    const flat = buildSnapshot({ project, codes: [buildCode({ projectId: project.id })] });
    expect(networkSection({ snapshot: flat, ctx: ctx(true), convention: 'paper' })).toMatch(
      /class="network-node"/,
    );
  });

  it('is part of the HTML report', () => {
    const html = htmlReport(snapshot, { generatedAt: Date.UTC(2025, 0, 1) });
    expect(html.match(/class="network-node"/g)).toHaveLength(33);
  });
});
