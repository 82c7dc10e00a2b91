// CSV per RFC 4180: fields quoted when they hold a comma, quote, CR or LF; CRLF between records.
// A UTF-8 BOM comes first, or Excel reads Persian as mojibake. The format version is not written
// in-band (it would break every other reader); the column set is the contract.
import { neutralizeCell, type Cell, type Table } from './table';

const BOM = '\uFEFF';

function field(value: Cell): string {
  if (value === null) return '';
  const s =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : neutralizeCell(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: Table): string {
  const lines = [table.columns.map(field).join(',')];
  for (const row of table.rows) lines.push(row.map(field).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * Parses RFC 4180 CSV (also LF or CR line ends, and a leading BOM). A final line break does not
 * make an empty record. Lenient where files in the wild are: a quote inside an unquoted field is
 * kept as text, and an unterminated quoted field runs to the end of the input.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let i = 0;
  let atFieldStart = true;
  const endField = (): void => {
    row.push(fieldText);
    fieldText = '';
    atFieldStart = true;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (atFieldStart && ch === '"') {
      // Quoted field: runs to the next lone quote.
      i++;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q < 0) {
          fieldText += src.slice(i);
          i = src.length;
          break;
        }
        fieldText += src.slice(i, q);
        if (src[q + 1] === '"') {
          fieldText += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      fieldText += ch;
      i++;
    }
  }
  if (!atFieldStart || fieldText !== '' || row.length > 0) endRow();
  return rows;
}
