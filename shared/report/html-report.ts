// The coding report: ONE self-contained HTML file (styles, charts and optionally the font inside),
// which opens in any browser, prints to PDF, and can be mailed to a supervisor. Pure: the caller
// reads the font (Vite import in the renderer, node:fs in the CLI) and passes it in.
import { coderScopeNames, snapshotOfCoders } from '../analysis/coder-scope';
import type { Convention } from '../analysis/frequencies';
import type { CaseId, CodeId, CoderId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { escapeHtml as e } from './escape';
import { reportNumeral } from './format-number';
import { isRtlLanguage, REPORT_LABELS, type ReportLocale } from './labels';
import { fontFace, reportCss, type EmbeddedFont } from './report-css';
import { analysisSections } from './analysis-sections';
import { buildReportModel } from './report-model';
import {
  chartsSection,
  codebookSection,
  frequencySection,
  passagesSection,
  type SectionContext,
} from './report-sections';

export const HTML_REPORT_FORMAT_VERSION = 1;

export interface HtmlReportOptions {
  /** Codes whose subtrees are reported; all when absent or empty. */
  readonly themeIds?: readonly CodeId[];
  /** Only documents of these cases; all when absent or empty. */
  readonly caseIds?: readonly CaseId[];
  /**
   * Only the codings of these coders (null: codings without a coder) count, in every section;
   * all codings when absent or empty. The header names them.
   */
  readonly coderIds?: readonly (CoderId | null)[];
  /**
   * The document set the snapshot was limited to (by snapshotInSet before this call): the
   * header names it, so a printed report never passes for the whole study.
   */
  readonly setName?: string;
  /** With the coded passages (default true). */
  readonly includePassages?: boolean;
  readonly convention?: Convention;
  /** Language of the report's headings; Persian for a Persian project by default. */
  readonly locale?: ReportLocale;
  /** Persian digits by default when the locale is Persian. */
  readonly digits?: 'latin' | 'persian';
  /** Embedded so the file looks the same on a machine without the font. */
  readonly font?: EmbeddedFont;
  /** Milliseconds since the epoch; now when absent. */
  readonly generatedAt?: number;
  readonly appVersion?: string;
}

function formatDate(at: number, locale: ReportLocale, digits: 'latin' | 'persian'): string {
  // fa-IR gives the Solar Hijri calendar Iranian readers expect.
  const tag = locale === 'fa' ? `fa-IR-u-nu-${digits === 'persian' ? 'arabext' : 'latn'}` : 'en-GB';
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

export function htmlReport(whole: ProjectSnapshot, options: HtmlReportOptions = {}): string {
  const coderScope =
    options.coderIds && options.coderIds.length > 0 ? new Set(options.coderIds) : undefined;
  // Every section below counts from this snapshot: the coder filter applies to all of them.
  const snapshot = snapshotOfCoders(whole, coderScope);
  const project = snapshot.project;
  const locale: ReportLocale = options.locale ?? (project.language === 'fa' ? 'fa' : 'en');
  // The page reads in the language of its headings; passages keep their own direction. An
  // Arabic or Urdu project with the default (English) headings still reads right to left.
  const rtl = locale === 'fa' || (options.locale === undefined && isRtlLanguage(project.language));
  const digits = options.digits ?? (locale === 'fa' ? 'persian' : 'latin');
  const labels = REPORT_LABELS[locale];
  // The app's own number form (shared/text/number-format.ts): grouped counts, ٫ and ٪ with
  // Persian digits (format-number.ts).
  const num = (v: number | string): string => reportNumeral(v, digits === 'persian');
  const face = options.font ? fontFace(options.font) : '';
  const fontFamily = face && options.font ? options.font.family : null;
  const ctx: SectionContext = { labels, num, rtl, fontFamily };
  const model = buildReportModel(snapshot, {
    ...(options.themeIds ? { themeIds: options.themeIds } : {}),
    ...(options.caseIds ? { caseIds: options.caseIds } : {}),
    convention: options.convention ?? 'paper',
  });
  const generatedAt = options.generatedAt ?? Date.now();
  const summary: [string, string][] = [
    [labels.documents, num(model.documents.length)],
    [labels.cases, num(model.cases.length)],
    [labels.codes, num(model.codes.length)],
    [labels.codings, num(model.codingCount)],
    [labels.date, formatDate(generatedAt, locale, digits)],
  ];
  const convention =
    model.table.convention === 'paper' ? labels.conventionPaper : labels.conventionDistinct;
  const filtered = model.selectedCases
    ? `<p class="note">${e(labels.filteredCases)}: ${model.selectedCases.map((c) => `<bdi>${e(c.name)}</bdi>`).join('، ')}</p>`
    : '';
  const coderNote = coderScope
    ? `<p class="note">${e(labels.coders)}: ${coderScopeNames(
        snapshot.coders,
        coderScope,
        labels.noCoder,
      )
        .map((name) => `<bdi>${e(name)}</bdi>`)
        .join(locale === 'fa' ? '، ' : ', ')}</p>`
    : '';
  const setNote =
    options.setName !== undefined
      ? `<p class="note">${e(labels.documentSet)}: <bdi>${e(options.setName)}</bdi></p>`
      : '';
  const includePassages = options.includePassages ?? true;
  const generator = `Mazmun${options.appVersion ? ` ${options.appVersion}` : ''}`;
  return [
    '<!doctype html>',
    `<html lang="${e(locale)}" dir="${rtl ? 'rtl' : 'ltr'}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${e(generator)} (report format ${HTML_REPORT_FORMAT_VERSION})">`,
    // Nothing in the file may load or run anything: a report is a document, not an app.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    `<title>${e(`${labels.title}: ${project.name}`)}</title>`,
    `<style>${face}${reportCss(fontFamily)}</style></head>`,
    '<body><main>',
    `<header><p class="note">${e(labels.title)}</p><h1 dir="auto">${e(project.name)}</h1>`,
    project.description.trim() ? `<p class="lead" dir="auto">${e(project.description)}</p>` : '',
    // Under the title: whose codings every number below counts.
    coderNote,
    setNote,
    '</header>',
    `<section aria-labelledby="summary"><h2 id="summary">${e(labels.summary)}</h2><dl class="summary">`,
    summary
      .map(
        ([k, v], i) =>
          `<div><dt>${e(k)}</dt><dd${i === summary.length - 1 ? ' class="date"' : ''}>${e(v)}</dd></div>`,
      )
      .join(''),
    `</dl><p class="note">${e(labels.convention)}: ${e(convention)}</p>${filtered}</section>`,
    codebookSection(model, ctx),
    frequencySection(model, ctx),
    chartsSection(model, ctx),
    analysisSections({
      snapshot,
      ctx,
      convention: options.convention ?? 'paper',
      selection: options,
    }),
    includePassages ? passagesSection(model, ctx) : '',
    `<footer>${e(labels.generatedBy)} · ${e(generator)}</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
