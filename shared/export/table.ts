// A table as every export renders it: the same rows the screen, the CLI and the charts show.
export type Cell = string | number | null;

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Format version of the table exports (XLSX carries it on its About sheet). */
export const TABLE_FORMAT_VERSION = 1;

/**
 * Spreadsheet programs run a CSV cell that starts with = + - @ (or tab / CR, which some strip
 * first) as a formula: "CSV injection". Such text gets a leading apostrophe; numbers stay numbers.
 * For CSV only (DEVELOPERS.md rule 9): XLSX stores text as string cells, never evaluated. The one
 * implementation: shared/analysis/csv.ts uses it too.
 */
export function neutralizeCell<T extends Cell>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
