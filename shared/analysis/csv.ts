// A small RFC 4180 CSV reader and writer. The published-table comparison, the fixture loader and
// the CLI all read or write CSV, and none of them may pull in a Node-only library.
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { neutralizeCell } from '../export/table';

/**
 * Parses CSV text into rows of cells. Accepts a UTF-8 BOM, CRLF or LF line ends, quoted cells with
 * doubled quotes, commas and line breaks inside quotes. A final line break does not add an empty row.
 */
export function parseCsv(text: string): Result<string[][]> {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quotedCell = false;
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      if (cell.length > 0 || quotedCell) {
        return refuse('csv.quoteInCell', { line, cell });
      }
      inQuotes = true;
      quotedCell = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      quotedCell = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      quotedCell = false;
      line++;
    } else {
      if (quotedCell) return refuse('csv.textAfterQuote', { line });
      cell += c;
    }
  }
  if (inQuotes) return refuse('csv.unclosedQuote', { line });
  if (cell.length > 0 || quotedCell || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return ok(rows);
}

/** Rows keyed by the header row's names. Fails on a missing required column. */
export function parseCsvRecords(
  text: string,
  required: readonly string[] = [],
): Result<{ header: string[]; records: Record<string, string>[] }> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...body] = parsed.data;
  if (!header) return refuse('csv.empty');
  const names = header.map((h) => h.trim());
  for (const r of required) {
    if (!names.includes(r)) return refuse('csv.missingColumn', { column: r, columns: names });
  }
  const records = body
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => Object.fromEntries(names.map((n, k) => [n, cells[k] ?? ''])));
  return ok({ header: names, records });
}

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV with CRLF line ends; numbers are written as they are (never neutralized). */
export function toCsv(
  rows: readonly (readonly (string | number)[])[],
  options: { bom?: boolean; neutralize?: boolean } = {},
): string {
  const { bom = false, neutralize = true } = options;
  const body = rows
    .map((r) =>
      r
        .map((v) =>
          typeof v === 'number' ? String(v) : quoteCell(neutralize ? neutralizeCell(v) : v),
        )
        .join(','),
    )
    .join('\r\n');
  return (bom ? '\ufeff' : '') + body + (rows.length > 0 ? '\r\n' : '');
}
