// The three renderings of the report: one set of rows, three formats (DEVELOPERS.md rule 4).
import type { FrequencyTable } from '../shared/analysis/frequencies';
import { toCsv } from '../shared/analysis/csv';
import { isolateBidi } from '../shared/text/bidi';
import { toPersianDigits } from '../shared/text/persian';
import type { Digits } from './commands/report';

/** The fixed JSON shape of `mazmun report --format json`. */
export interface ReportJson {
  readonly documents: number;
  readonly rows: readonly {
    readonly level: 'global' | 'organizing' | 'basic';
    readonly path: readonly string[];
    readonly name: string;
    readonly sources: number;
    readonly references: number;
  }[];
}

export function reportJson(table: FrequencyTable): ReportJson {
  return {
    documents: table.documents,
    rows: table.rows.map((r) => ({
      level: r.level,
      path: r.path,
      name: r.name,
      sources: r.sources,
      references: r.references,
    })),
  };
}

const digitsOf =
  (digits: Digits) =>
  (n: number | string): string =>
    digits === 'persian' ? toPersianDigits(n) : String(n);

/** Columns a terminal gives the text: combining marks and ZWNJ/format characters take none. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) if (!/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch)) w++;
  return w;
}

const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

export function reportTable(table: FrequencyTable, digits: Digits): string {
  const d = digitsOf(digits);
  const head = ['Level', 'Theme', 'Sources', 'References'];
  const body = table.rows.map((r) => [
    r.level,
    // Isolated: bidi controls in a name (U+202E …) cannot reorder the numbers after it.
    '  '.repeat(r.depth) + isolateBidi(r.name),
    d(r.sources),
    d(r.references),
  ]);
  const widths = head.map((h, k) =>
    Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[k] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, k) => (k >= 2 ? padStart(c, widths[k] ?? 0) : padEnd(c, widths[k] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    `Documents: ${d(table.documents)}   References: ${d(table.references)}   Convention: ${table.convention}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
  ].join('\n');
}

export function reportCsv(table: FrequencyTable, digits: Digits): string {
  const d = digitsOf(digits);
  const rows: (string | number)[][] = [['level', 'path', 'name', 'depth', 'sources', 'references']];
  for (const r of table.rows) {
    const nums = [r.depth, r.sources, r.references].map((n) => (digits === 'latin' ? n : d(n)));
    rows.push([r.level, r.path.join(' > '), r.name, ...nums]);
  }
  return toCsv(rows, { bom: true });
}
