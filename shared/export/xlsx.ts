// XLSX export: one sheet per table, bold frozen header, widths from the content, right-to-left
// sheets for RTL projects, and an About sheet that carries the format version.
//
// Numbers stay numbers (numeric cells, Latin digits inside the file): a spreadsheet sums, sorts
// and charts them, and shows them in its reader's own digits and separators (Persian Excel
// writes ۶۶٫۷). Written as "۶۶٫۷٪" text they would be dead strings. What the file does fix is
// how many decimals show: fractional columns get one decimal, the app's format. The sheet
// names follow the export's language (Persian names for a Persian export, "درباره" for About),
// within Excel's rules (safeSheetName). CSV likewise keeps ASCII digits (shared/export/csv.ts):
// both are data for other programs; the app's ٫ and ٪ are for what people read (the interface,
// the HTML report, charts).
import ExcelJS from 'exceljs';
import { TABLE_FORMAT_VERSION, type Cell } from './table';

export interface XlsxSheet {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly rtl?: boolean;
}

export interface XlsxMeta {
  readonly appVersion?: string;
  readonly projectName?: string;
  /** Milliseconds since the epoch; now when absent. */
  readonly exportedAt?: number;
  /** Right-to-left About sheet (follows the first sheet when absent). */
  readonly rtl?: boolean;
  /** Language of the sheet names this writer adds (the About sheet); English when absent. */
  readonly locale?: 'en' | 'fa';
}

export const ABOUT_SHEET_NAME = 'About';
const ABOUT_SHEET_NAMES = { en: ABOUT_SHEET_NAME, fa: 'درباره' } as const;

// The About sheet's headings and the names of its facts. English keeps the names a program
// reading the file looks for (format, formatVersion); a Persian export says them in Persian,
// as it names its other sheets (issue 13.8: an English "About" with key/value in a Persian file).
const ABOUT_WORDS = {
  en: {
    key: 'key',
    value: 'value',
    format: 'format',
    formatVersion: 'formatVersion',
    exportedAt: 'exportedAt',
    appVersion: 'appVersion',
    project: 'project',
    sheets: 'sheets',
  },
  fa: {
    key: 'ویژگی',
    value: 'مقدار',
    format: 'قالب',
    formatVersion: 'نسخهٔ قالب',
    exportedAt: 'زمان خروجی',
    appVersion: 'نسخهٔ برنامه',
    project: 'پروژه',
    sheets: 'شمار برگه‌ها',
  },
} as const;

/** The About sheet's name in an export in `locale`. */
export function aboutSheetName(locale: 'en' | 'fa' = 'en'): string {
  return ABOUT_SHEET_NAMES[locale];
}

/** Excel's format for one decimal, as the app shows fractions (66.7, ۶۶٫۷). */
export const ONE_DECIMAL = '0.0';

/** Excel's rules: at most 31 characters, none of []:*?/\, unique without regard to case. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function displayLength(value: Cell): number {
  if (value === null) return 0;
  const s = String(value);
  return Math.max(...s.split(/\r?\n/).map((line) => [...line].length));
}

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  rtl: boolean,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, rightToLeft: rtl }],
  });
  // Text goes in as string cells, which a spreadsheet never evaluates ("=x" stays "=x"): no
  // apostrophe as in CSV, where the reader guesses the type and would run it as a formula.
  const header = sheet.addRow([...columns]);
  header.font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
  }
  columns.forEach((col, k) => {
    let width = displayLength(col);
    let fractional = false;
    for (const row of rows) {
      const v = row[k] ?? null;
      width = Math.max(width, displayLength(v));
      if (typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)) fractional = true;
    }
    const column = sheet.getColumn(k + 1);
    column.width = Math.min(60, Math.max(8, width + 2));
    // A column holding fractions shows one decimal everywhere (66.7 and 50.0, not 66.7 and 50).
    if (fractional)
      column.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
        if (rowNumber > 1 && typeof cell.value === 'number') cell.numFmt = ONE_DECIMAL;
      });
  });
}

export async function toXlsx(
  sheets: readonly XlsxSheet[],
  meta: XlsxMeta = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.appVersion ? `Mazmun ${meta.appVersion}` : 'Mazmun';
  const exportedAt = new Date(meta.exportedAt ?? Date.now());
  workbook.created = exportedAt;
  const about = aboutSheetName(meta.locale);
  const taken = new Set<string>([about.toLowerCase()]);
  for (const s of sheets)
    addTable(workbook, safeSheetName(s.name, taken), s.columns, s.rows, s.rtl ?? false);
  const w = ABOUT_WORDS[meta.locale ?? 'en'];
  // The values stay as programs read them: the format's id, an ISO time, numeric cells.
  const facts: Cell[][] = [
    [w.format, 'mazmun-tables'],
    [w.formatVersion, TABLE_FORMAT_VERSION],
    [w.exportedAt, exportedAt.toISOString()],
  ];
  if (meta.appVersion) facts.push([w.appVersion, meta.appVersion]);
  if (meta.projectName !== undefined) facts.push([w.project, meta.projectName]);
  facts.push([w.sheets, sheets.length]);
  addTable(workbook, about, [w.key, w.value], facts, meta.rtl ?? sheets[0]?.rtl ?? false);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
