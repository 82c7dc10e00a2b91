// The report's crosstab section: references of the global themes by the first year or category
// attribute (else the first attribute), the same rows as the Analysis view's crosstab and
// `mazmun crosstab`; nothing when the project has no case attributes.
import { codeTree } from '../analysis/code-tree';
import { computeCrosstab } from '../analysis/crosstab';
import type { Attribute } from '../model';
import type { AnalysisSectionInput } from './analysis-sections';
import { escapeHtml as e } from './escape';
import { REPORT_LABELS } from './labels';

const CROSSTAB_LABELS = {
  en: {
    title: 'Crosstab',
    note: 'References of the {level} themes by {attribute}.',
    global: 'global',
    basic: 'basic',
    theme: 'Theme',
    total: 'Total',
    none: '(none)',
    chi: 'Chi-square = {chi}, df = {df}, p = {p}',
    warning: '{cells} cells have an expected count under 5: the p-value is unreliable.',
  },
  fa: {
    title: 'جدول متقاطع',
    note: 'ارجاع‌های مضامین {level} بر حسب «{attribute}».',
    global: 'فراگیر',
    basic: 'پایه',
    theme: 'مضمون',
    total: 'جمع',
    none: '(بدون مقدار)',
    chi: 'خی‌دو = {chi}، درجهٔ آزادی = {df}، p = {p}',
    warning: 'فراوانی مورد انتظار {cells} خانه کمتر از ۵ است: مقدار p قابل اتکا نیست.',
  },
} as const;

/** The attribute the report crosses the themes with. */
export function reportAttribute(attributes: readonly Attribute[]): Attribute | undefined {
  const ordered = [...attributes].sort((a, b) => a.order - b.order);
  return (
    ordered.find((a) => a.type === 'year') ??
    ordered.find((a) => a.type === 'category') ??
    ordered[0]
  );
}

const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

export function crosstabSection(input: AnalysisSectionInput): string {
  const { snapshot, ctx, convention } = input;
  const attribute = reportAttribute(snapshot.attributes);
  if (!attribute || snapshot.codes.length === 0) return '';
  // The report's filter: only the chosen themes (and all below them), only the chosen cases.
  const themeIds = new Set(input.selection?.themeIds ?? []);
  const tree = codeTree(snapshot.codes);
  const codes = tree
    .filter((n) => themeIds.size === 0 || n.lineage.some((id) => themeIds.has(id)))
    .map((n) => n.code);
  const codeIds = new Set(codes.map((c) => c.id));
  const caseIds = new Set(input.selection?.caseIds ?? []);
  const cases = snapshot.cases.filter((c) => caseIds.size === 0 || caseIds.has(c.id));
  const documents = snapshot.documents.filter(
    (d) => caseIds.size === 0 || (d.caseId !== null && caseIds.has(d.caseId)),
  );
  const hasGlobal = codeTree(codes).some((n) => n.level === 'global');
  const level = hasGlobal ? 'global' : 'basic';
  const table = computeCrosstab({
    codes,
    codings: snapshot.codings.filter((c) => codeIds.has(c.codeId)),
    documents,
    cases,
    attributes: snapshot.attributes,
    rows: { kind: 'codes', level },
    columns: attribute.id,
    count: 'references',
    convention,
  });
  if (table.total === 0) return '';
  const { num } = ctx;
  const l = ctx.labels === REPORT_LABELS.fa ? CROSSTAB_LABELS.fa : CROSSTAB_LABELS.en;
  const label = (c: { none: boolean; label: string }) => (c.none ? l.none : c.label);
  const head =
    `<th scope="col">${e(l.theme)}</th>` +
    table.columns
      .map((c) => `<th scope="col" class="num"><bdi>${e(label(c))}</bdi></th>`)
      .join('') +
    `<th scope="col" class="num">${e(l.total)}</th>`;
  const body = table.rows
    .map(
      (r) =>
        `<tr><th scope="row"><bdi>${e(r.label)}</bdi></th>` +
        r.cells.map((c) => `<td class="num">${num(c.count)}</td>`).join('') +
        `<td class="num">${num(r.total.count)}</td></tr>`,
    )
    .join('');
  const foot =
    `<tr><th scope="row">${e(l.total)}</th>` +
    table.columnTotals.map((v) => `<td class="num">${num(v)}</td>`).join('') +
    `<td class="num">${num(table.total)}</td></tr>`;
  const chi = table.chiSquare;
  const chiLine = chi
    ? `<p class="note">${e(
        fill(l.chi, {
          chi: num(chi.statistic.toFixed(2)),
          df: num(chi.df),
          p: chi.pValue < 0.001 ? `< ${num('0.001')}` : num(chi.pValue.toFixed(3)),
        }),
      )}</p>${chi.warning ? `<p class="note">${e(fill(l.warning, { cells: num(chi.lowExpectedCells) }))}</p>` : ''}`
    : '';
  const note = fill(l.note, { level: l[level], attribute: attribute.name });
  return (
    `<section class="crosstab" aria-labelledby="crosstab"><h2 id="crosstab">${e(l.title)}</h2>` +
    `<p class="note">${e(note)}</p>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table>` +
    `${chiLine}</section>`
  );
}
