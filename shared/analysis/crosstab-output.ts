// The crosstab and the co-occurrence matrix as the CLI's JSON and as a flat table (CSV, the
// panel's download): one rendering of the same rows for every output.
import type { Table } from '../export/table';
import type { CooccurrenceMatrix } from './cooccurrence';
import type { CrosstabTable } from './crosstab';

/** `mazmun crosstab --format json`: the shape the issue fixed. */
export interface CrosstabJson {
  readonly count: CrosstabTable['count'];
  readonly columns: readonly string[];
  readonly rows: readonly {
    readonly label: string;
    readonly cells: Readonly<Record<string, number>>;
    readonly total: number;
  }[];
  readonly total: number;
}

export function crosstabJson(table: CrosstabTable): CrosstabJson {
  const labels = table.columns.map((c) => c.label);
  return {
    count: table.count,
    columns: labels,
    rows: table.rows.map((r) => ({
      label: r.label,
      cells: Object.fromEntries(r.cells.map((c, j) => [labels[j] ?? '', c.count])),
      total: r.total.count,
    })),
    total: table.total,
  };
}

export interface CrosstabHeaders {
  /** The first column's heading (e.g. "theme" or the row attribute's name). */
  readonly rows: string;
  readonly total: string;
  /** The label of the missing value, translated ("(none)" in English). */
  readonly none: string;
  /** Headings of the percentage columns; omitted when percentages are not wanted. */
  readonly rowPercent?: (column: string) => string;
  readonly columnPercent?: (column: string) => string;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * One line per row: its label, the count per column, the row total, and percentages when the
 * headers ask for them; a last line of column totals.
 */
export function crosstabTable(table: CrosstabTable, headers: CrosstabHeaders): Table {
  const labels = table.columns.map((c) => (c.none ? headers.none : c.label));
  const { rowPercent, columnPercent } = headers;
  const columns = [
    headers.rows,
    ...labels,
    headers.total,
    ...(rowPercent ? labels.map(rowPercent) : []),
    ...(columnPercent ? labels.map(columnPercent) : []),
  ];
  const rows = table.rows.map((r) => [
    r.none ? headers.none : r.label,
    ...r.cells.map((c) => c.count),
    r.total.count,
    ...(rowPercent ? r.rowPercent.map(round) : []),
    ...(columnPercent ? r.columnPercent.map(round) : []),
  ]);
  const totals = [
    headers.total,
    ...table.columnTotals,
    table.total,
    ...(rowPercent ? labels.map(() => null) : []),
    ...(columnPercent ? labels.map(() => null) : []),
  ];
  return { columns, rows: [...rows, totals] };
}

/** `mazmun cooccurrence --format json`. */
export interface CooccurrenceJson {
  readonly mode: CooccurrenceMatrix['mode'];
  readonly level: CooccurrenceMatrix['level'];
  readonly codes: readonly { readonly name: string; readonly path: string }[];
  /** matrix[i][j]: how often codes[i] and codes[j] meet; symmetric, 0 on the diagonal. */
  readonly matrix: readonly (readonly number[])[];
  /** The pairs that meet at all, most frequent first. */
  readonly pairs: readonly { readonly a: string; readonly b: string; readonly count: number }[];
}

export function cooccurrenceJson(m: CooccurrenceMatrix): CooccurrenceJson {
  const pairs: { a: string; b: string; count: number }[] = [];
  m.counts.forEach((row, i) =>
    row.forEach((count, j) => {
      if (j > i && count > 0) {
        pairs.push({ a: m.codes[i]?.name ?? '', b: m.codes[j]?.name ?? '', count });
      }
    }),
  );
  pairs.sort((x, y) => y.count - x.count);
  return {
    mode: m.mode,
    level: m.level,
    codes: m.codes.map((c) => ({ name: c.name, path: c.path.join('/') })),
    matrix: m.counts,
    pairs,
  };
}

/** The matrix as a square table: a corner heading, then one column per code. */
export function cooccurrenceTable(m: CooccurrenceMatrix, corner: string): Table {
  return {
    columns: [corner, ...m.codes.map((c) => c.name)],
    rows: m.codes.map((c, i) => [c.name, ...(m.counts[i] ?? [])]),
  };
}
