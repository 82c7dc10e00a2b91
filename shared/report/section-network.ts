// The report's thematic network section: one map per global theme (a single map of every theme
// is too large to read on a page once a study has more than a few dozen codes), drawn from the
// same rows and layout as the Analysis view and `mazmun network`.
import { computeFrequencyTable } from '../analysis/frequencies';
import { globalThemes, networkRows } from '../analysis/network';
import { layoutNetwork } from '../analysis/network-layout';
import type { AnalysisSectionInput } from './analysis-sections';
import { escapeHtml as e } from './escape';
import { networkSvg } from './network-svg';

const WORDS = {
  en: {
    heading: 'Thematic network',
    note: 'Global theme in the centre, organizing themes around it, basic themes outside; circle area and line width grow with references.',
    map: 'Thematic network of',
  },
  fa: {
    heading: 'شبکهٔ مضامین',
    note: 'مضمون فراگیر در مرکز، مضامین سازمان‌دهنده پیرامون آن و مضامین پایه در بیرون؛ مساحت دایره و پهنای خط با شمار ارجاع‌ها بزرگ‌تر می‌شود.',
    map: 'شبکهٔ مضامین',
  },
} as const;

export function networkSection({ snapshot, ctx, convention }: AnalysisSectionInput): string {
  const table = computeFrequencyTable({ ...snapshot, convention });
  const globals = globalThemes(table.rows);
  if (globals.length === 0) return '';
  const lang = ctx.rtl ? 'fa' : 'en';
  const words = WORDS[lang];
  const figures = globals.map((g, i) => {
    const layout = layoutNetwork(networkRows(table.rows, g.id));
    const svg = networkSvg(layout, {
      title: `${words.map} ${g.name}`,
      lang,
      idPrefix: `network-${i + 1}`,
      num: ctx.num,
    });
    return (
      `<figure class="network-figure">` +
      `<div style="overflow-x:auto">${svg.replace('<svg ', '<svg style="max-width:100%;height:auto" ')}</div>` +
      `<figcaption><bdi>${e(g.name)}</bdi> — ${ctx.num(g.references)}</figcaption></figure>`
    );
  });
  return (
    `<section class="network" aria-labelledby="network"><h2 id="network">${e(words.heading)}</h2>` +
    `<p>${e(words.note)}</p>${figures.join('')}</section>`
  );
}
