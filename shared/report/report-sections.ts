// The sections of the coding report as HTML strings. Every piece of user text goes through
// escapeHtml; numbers go through `num` (Latin or Persian digits).
import { globalShares, organizingFrequencies } from '../analysis/charts';
import type { FrequencyRow } from '../analysis/frequencies';
import { escapeHtml as e, safeColor } from './escape';
import type { ReportLabels } from './labels';
import type { Passage, ReportModel } from './report-model';
import { horizontalBarChart, percentLabel } from './svg-charts';

export interface SectionContext {
  readonly labels: ReportLabels;
  readonly num: (value: number | string) => string;
  readonly rtl: boolean;
  readonly fontFamily: string | null;
}

const swatch = (color: string): string =>
  `<span class="swatch" style="background:${safeColor(color)}" aria-hidden="true"></span>`;

const levelLabel = (row: Pick<FrequencyRow, 'level'>, labels: ReportLabels): string =>
  labels[row.level];

export function codebookSection(model: ReportModel, ctx: SectionContext): string {
  const { labels } = ctx;
  const items = model.codes.map((node) => {
    const c = node.code;
    const fields: [string, string][] = [
      [labels.description, c.description],
      [labels.whenToUse, c.whenToUse],
      [labels.whenNotToUse, c.whenNotToUse],
      [labels.example, c.example],
    ];
    const dl = fields
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => `<dt>${e(k)}</dt><dd dir="auto">${e(v)}</dd>`)
      .join('');
    return (
      `<article style="margin-inline-start:${node.depth * 1.5}rem">` +
      `<h3>${swatch(c.color)}<bdi>${e(c.name)}</bdi><span class="level">${e(labels[node.level])}</span></h3>` +
      (dl ? `<dl>${dl}</dl>` : '') +
      `</article>`
    );
  });
  return `<section class="codebook" aria-labelledby="codebook"><h2 id="codebook">${e(labels.codebook)}</h2>${items.join('')}</section>`;
}

export function frequencySection(model: ReportModel, ctx: SectionContext): string {
  const { labels, num } = ctx;
  const pct = (p: number): string => num(p.toFixed(1));
  const body = model.rows
    .map(
      (r) =>
        `<tr class="${r.level}"><td>${e(levelLabel(r, labels))}</td>` +
        `<td style="padding-inline-start:${0.6 + r.depth * 1.4}rem">${swatch(r.color)}<bdi>${e(r.name)}</bdi></td>` +
        `<td class="num">${num(r.sources)}</td><td class="num">${num(r.references)}</td>` +
        `<td class="num">${pct(r.percentOfAll)}</td></tr>`,
    )
    .join('');
  const total =
    `<tfoot><tr><td colspan="2">${e(labels.total)}</td><td class="num">${num(model.table.documents)}</td>` +
    `<td class="num">${num(model.table.references)}</td><td class="num">${num(model.table.references > 0 ? '100.0' : '0.0')}</td></tr></tfoot>`;
  return (
    `<section class="frequencies" aria-labelledby="frequencies"><h2 id="frequencies">${e(labels.frequencies)}</h2>` +
    `<table><thead><tr><th scope="col">${e(labels.level)}</th><th scope="col">${e(labels.theme)}</th>` +
    `<th scope="col" class="num">${e(labels.sources)}</th><th scope="col" class="num">${e(labels.references)}</th>` +
    `<th scope="col" class="num">${e(labels.percent)}</th></tr></thead><tbody>${body}</tbody>${total}</table></section>`
  );
}

export function chartsSection(model: ReportModel, ctx: SectionContext): string {
  const { labels, num, rtl, fontFamily } = ctx;
  const font = fontFamily ? { fontFamily: `${fontFamily}, sans-serif` } : {};
  const shares = globalShares(model.rows);
  const organizing = organizingFrequencies(model.rows);
  const figures: string[] = [];
  if (shares.length > 0) {
    const svg = horizontalBarChart(
      shares.map((s) => ({
        label: s.name,
        value: s.references,
        valueLabel: `${num(s.references)} (${num(percentLabel(s.percent))})`,
        color: s.color,
      })),
      { title: labels.chartGlobal, rtl, ...font },
    );
    figures.push(`<figure><figcaption>${e(labels.chartGlobal)}</figcaption>${svg}</figure>`);
  }
  if (organizing.length > 0) {
    const svg = horizontalBarChart(
      organizing.map((r) => ({
        label: r.name,
        value: r.references,
        valueLabel: num(r.references),
        color: r.color,
      })),
      { title: labels.chartOrganizing, rtl, ...font },
    );
    figures.push(`<figure><figcaption>${e(labels.chartOrganizing)}</figcaption>${svg}</figure>`);
  }
  if (figures.length === 0) return '';
  return `<section class="charts" aria-labelledby="charts"><h2 id="charts">${e(labels.charts)}</h2>${figures.join('')}</section>`;
}

function passageItem(p: Passage, ctx: SectionContext): string {
  const { labels } = ctx;
  const dir = p.document.direction === 'auto' ? 'auto' : p.document.direction;
  const where =
    `${e(labels.document)}: <bdi>${e(p.document.title)}</bdi> · ${e(labels.case)}: ` +
    (p.caseName === null ? e(labels.noCase) : `<bdi>${e(p.caseName)}</bdi>`);
  return (
    `<li><blockquote dir="${dir}"><span class="context">${e(p.before)}</span>` +
    `<mark>${e(p.text)}</mark><span class="context">${e(p.after)}</span></blockquote>` +
    `<cite>${where}</cite></li>`
  );
}

export function passagesSection(model: ReportModel, ctx: SectionContext): string {
  const { labels, num } = ctx;
  const groups = model.groups.map((g) => {
    const themes = g.themes.map(
      (t) =>
        `<h4>${swatch(t.node.code.color)}<bdi>${e(t.node.path.join(' › '))}</bdi> <span class="level">(${num(t.passages.length)})</span></h4>` +
        `<ol>${t.passages.map((p) => passageItem(p, ctx)).join('')}</ol>`,
    );
    return (
      `<section class="theme"><h3>${swatch(g.root.code.color)}<bdi>${e(g.root.code.name)}</bdi></h3>` +
      (themes.length > 0 ? themes.join('') : `<p class="note">${e(labels.noPassages)}</p>`) +
      `</section>`
    );
  });
  return `<section class="passages" aria-labelledby="passages"><h2 id="passages">${e(labels.passages)}</h2>${groups.join('')}</section>`;
}
