// The export formats, each declared once: its file, its options and how it renders. The CLI's
// `--format` choices and help, the app's export panel and save dialog, and both dispatchers (the
// CLI's cli/export-project.ts and the worker's renderer/workers/render-export.ts) read this list
// and nothing else. Rendering loads its libraries (zip, spreadsheet) only when called, so reading
// the list costs nothing at start-up (bench/cli-start.mjs).
import type { Convention } from '../analysis/frequencies';
import type { CaseId, CodeId, CoderId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { ReportLocale } from '../report/labels';
import type { ProjectTableId } from './tables-for-project';

/** What a format reads beyond the snapshot; a surface offers only the options its formats take. */
export type ExportOptionName =
  'convention' | 'table' | 'locale' | 'digits' | 'passages' | 'selection' | 'font';

export interface ExportOptions {
  readonly appVersion: string;
  /** Milliseconds since the epoch written into the file; now when absent. */
  readonly now?: number;
  readonly convention?: Convention;
  readonly table?: ProjectTableId;
  readonly locale?: ReportLocale;
  readonly digits?: 'latin' | 'persian';
  readonly includePassages?: boolean;
  /** The report's themes and cases; all when absent or empty. */
  readonly themeIds?: readonly CodeId[];
  readonly caseIds?: readonly CaseId[];
  /** Only these coders' codings in the report (null: codings without a coder); all when absent. */
  readonly coderIds?: readonly (CoderId | null)[];
  /** The document set the snapshot was limited to; the report's header names it. */
  readonly setName?: string;
  /** The report font (Vazirmatn WOFF2) as base64 or a data: URL; the reader's fonts when absent. */
  readonly font?: string | null;
}

export interface ExportFormatSpec<Id extends string = string> {
  readonly id: Id;
  /** Appended to the file name, dot included (`.mazmun.json`). */
  readonly extension: string;
  readonly mime: string;
  /** The app's message keys are `exchange.<labelId>` (and `exchange.<labelId>Hint` if hinted). */
  readonly labelId: string;
  readonly hinted: boolean;
  /** The name of the file type in the save dialog's filter (the OS shows it as given). */
  readonly fileType: string;
  /** The CLI's description in `--help`; null: the app only (a PDF needs a browser to print). */
  readonly cli: string | null;
  /** The app hands the rendered HTML to the platform to print (the PDF), not to save as is. */
  readonly printed: boolean;
  readonly options: readonly ExportOptionName[];
  /**
   * What a request for this format carries to the worker (shared/worker-protocol.ts): nothing
   * more, the table to write, or the report's choice of themes and cases.
   */
  readonly request: 'plain' | 'table' | 'report';
  /** Between the project's name and the extension (`-frequency`, `-report`). */
  readonly suffix: (options: ExportOptions) => string;
  readonly render: (
    snapshot: ProjectSnapshot,
    options: ExportOptions,
  ) => Promise<string | Uint8Array>;
}

const renderers = () => import('./format-registry-render');
const none = (): string => '';
const report = (): string => '-report';
const REPORT_OPTIONS: readonly ExportOptionName[] = [
  'convention',
  'locale',
  'digits',
  'passages',
  'selection',
  'font',
];

/** In the order the CLI lists them; the export panel groups them by their options. */
export const EXPORT_FORMATS = [
  {
    id: 'qdpx',
    extension: '.qdpx',
    mime: 'application/zip',
    labelId: 'qdpx',
    hinted: true,
    fileType: 'REFI-QDA project',
    cli: 'REFI-QDA project',
    printed: false,
    options: [],
    request: 'plain',
    suffix: none,
    render: async (s, o) => (await renderers()).renderQdpx(s, o),
  },
  {
    id: 'qdc',
    extension: '.qdc',
    mime: 'application/xml',
    labelId: 'qdc',
    hinted: true,
    fileType: 'REFI-QDA codebook',
    cli: 'REFI-QDA codebook',
    printed: false,
    options: [],
    request: 'plain',
    suffix: none,
    render: async (s, o) => (await renderers()).renderQdc(s, o),
  },
  {
    id: 'xlsx',
    extension: '.xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    labelId: 'xlsx',
    hinted: true,
    fileType: 'Excel workbook',
    cli: 'one sheet per table',
    printed: false,
    options: ['convention', 'locale'],
    request: 'plain',
    suffix: none,
    render: async (s, o) => (await renderers()).renderXlsx(s, o),
  },
  {
    id: 'csv',
    extension: '.csv',
    mime: 'text/csv',
    labelId: 'csv',
    // The hint says why its numbers are Latin (docs/exports.md).
    hinted: true,
    fileType: 'CSV table',
    cli: 'one table',
    printed: false,
    options: ['table', 'convention', 'locale'],
    request: 'table',
    suffix: (o) => `-${o.table ?? 'frequency'}`,
    render: async (s, o) => (await renderers()).renderCsv(s, o),
  },
  {
    id: 'html',
    extension: '.html',
    mime: 'text/html',
    labelId: 'report',
    hinted: true,
    fileType: 'HTML report',
    cli: 'the coding report',
    printed: false,
    options: REPORT_OPTIONS,
    request: 'report',
    suffix: report,
    render: async (s, o) => (await renderers()).renderHtml(s, o),
  },
  {
    id: 'backup',
    extension: '.mazmun.json',
    mime: 'application/json',
    labelId: 'backup',
    hinted: true,
    fileType: 'Mazmun backup',
    cli: 'a Mazmun backup (.mazmun.json)',
    printed: false,
    options: [],
    request: 'plain',
    suffix: none,
    render: async (s, o) => (await renderers()).renderBackup(s, o),
  },
  {
    // The HTML report, which the platform prints to PDF (Electron's printToPDF, the browser's
    // print dialog): the bytes are the report's.
    id: 'pdf',
    extension: '.pdf',
    mime: 'application/pdf',
    labelId: 'pdf',
    hinted: false,
    fileType: 'PDF report',
    cli: null,
    printed: true,
    options: REPORT_OPTIONS,
    request: 'report',
    suffix: report,
    render: async (s, o) => (await renderers()).renderHtml(s, o),
  },
] as const satisfies readonly ExportFormatSpec[];

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats whose worker request carries `R` (see ExportFormatSpec.request). */
export type ExportFormatIdFor<R extends ExportFormatSpec['request']> = Extract<
  ExportFormat,
  { request: R }
>['id'];
/** The formats the CLI writes (all but those that need a browser). */
export type CliExportFormatId = Extract<ExportFormat, { cli: string }>['id'];

export function exportFormat(id: ExportFormatId): ExportFormatSpec<ExportFormatId> {
  const f = EXPORT_FORMATS.find((x) => x.id === id);
  if (!f) throw new Error(`no export format ${id}`);
  return f;
}

export function cliExportFormats(): readonly ExportFormatSpec<CliExportFormatId>[] {
  return EXPORT_FORMATS.filter((f): f is Extract<ExportFormat, { cli: string }> => f.cli !== null);
}

export function isExportFormatId(x: unknown): x is ExportFormatId {
  return EXPORT_FORMATS.some((f) => f.id === x);
}

/** The file name of an export: the project's stem, the format's suffix and extension. */
export function exportFileNameFor(
  stem: string,
  id: ExportFormatId,
  options: ExportOptions,
): string {
  const f = exportFormat(id);
  return `${stem}${f.suffix(options)}${f.extension}`;
}

/** The save dialog's filter: the type's name and the extension's last part (`json`). */
export function saveFilterFor(id: ExportFormatId): { name: string; extensions: string[] } {
  const f = exportFormat(id);
  return { name: f.fileType, extensions: [f.extension.slice(f.extension.lastIndexOf('.') + 1)] };
}
