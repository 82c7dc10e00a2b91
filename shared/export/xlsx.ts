// XLSX export: one sheet per table, bold frozen header, widths from the content, right-to-left
// sheets for RTL projects, and an About sheet that carries the format version.
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
}

export const ABOUT_SHEET_NAME = 'About';

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
    for (const row of rows) width = Math.max(width, displayLength(row[k] ?? null));
    sheet.getColumn(k + 1).width = Math.min(60, Math.max(8, width + 2));
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
  const taken = new Set<string>([ABOUT_SHEET_NAME.toLowerCase()]);
  for (const s of sheets)
    addTable(workbook, safeSheetName(s.name, taken), s.columns, s.rows, s.rtl ?? false);
  const about: Cell[][] = [
    ['format', 'mazmun-tables'],
    ['formatVersion', TABLE_FORMAT_VERSION],
    ['exportedAt', exportedAt.toISOString()],
  ];
  if (meta.appVersion) about.push(['appVersion', meta.appVersion]);
  if (meta.projectName !== undefined) about.push(['project', meta.projectName]);
  about.push(['sheets', sheets.length]);
  addTable(
    workbook,
    ABOUT_SHEET_NAME,
    ['key', 'value'],
    about,
    meta.rtl ?? sheets[0]?.rtl ?? false,
  );
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
