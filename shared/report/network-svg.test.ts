import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildDocument, buildProject } from '../db/test-builders';
import { computeFrequencyTable } from '../analysis/frequencies';
import { networkRows } from '../analysis/network';
import { layoutNetwork } from '../analysis/network-layout';
import { networkSvg } from './network-svg';

function svgOf(names: readonly [string, string, string], lang: 'fa' | 'en' = 'fa'): string {
  const projectId = buildProject().id;
  const doc = buildDocument({ projectId });
  const g = buildCode({ projectId, name: names[0] });
  const o = buildCode({ projectId, parentId: g.id, name: names[1] });
  const b = buildCode({ projectId, parentId: o.id, name: names[2] });
  const codings = [buildCoding({ projectId, documentId: doc.id, codeId: b.id })];
  const table = computeFrequencyTable({
    codes: [g, o, b],
    codings,
    documents: [doc],
    convention: 'paper',
  });
  return networkSvg(layoutNetwork(networkRows(table.rows)), { title: 'نقشه <شبکه>', lang });
}

describe('networkSvg', () => {
  it('draws one circle per theme and one line per edge', () => {
    const svg = svgOf(['کلان', 'سازمان‌دهنده', 'پایه']);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg.match(/class="network-node"/g)).toHaveLength(3);
  });

  it('is an accessible image in the interface language, in Vazirmatn', () => {
    const svg = svgOf(['کلان', 'سازمان‌دهنده', 'پایه']);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="network-title"/);
    expect(svg).toContain('<title id="network-title">نقشه &lt;شبکه&gt;</title>');
    expect(svg).toMatch(/lang="fa"/);
    expect(svg).toMatch(/font-family="Vazirmatn/);
  });

  it('writes Persian names right to left and English ones left to right', () => {
    const svg = svgOf(['کلان', 'Organizing', 'پایه']);
    expect(svg.match(/direction="rtl"/g)).toHaveLength(2);
    expect(svg.match(/direction="ltr"/g)).toHaveLength(1);
  });

  it('escapes names, so a theme called <script> shows as text', () => {
    const svg = svgOf(['<script>alert(1)</script>', 'a & b', '"q"']);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a &amp; b');
  });

  it('embeds the font when asked, and only plain base64', () => {
    const projectId = buildProject().id;
    const g = buildCode({ projectId, name: 'کلان' });
    const table = computeFrequencyTable({
      codes: [g],
      codings: [],
      documents: [],
      convention: 'paper',
    });
    const layout = layoutNetwork(networkRows(table.rows));
    const font = (woff2: string): string =>
      networkSvg(layout, { title: 't', lang: 'fa', font: { family: 'Vazirmatn', woff2 } });
    expect(font('d09GMgAB')).toContain('src:url(data:font/woff2;base64,d09GMgAB)');
    expect(font('x");}</style><script>')).not.toContain('<script>');
  });
});
