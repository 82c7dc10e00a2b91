// Search hits as a table for CSV/XLSX export: where each hit is and its keyword in context.
import type { DocumentId } from '../model/ids';
import type { Table } from '../export/table';
import type { SearchHit } from './search-index';

/** Column headers, in the interface language. */
export interface HitColumns {
  readonly document: string;
  readonly start: string;
  readonly end: string;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export function hitsTable(
  hits: readonly SearchHit[],
  titleOf: (id: DocumentId) => string,
  columns: HitColumns,
): Table {
  return {
    columns: [
      columns.document,
      columns.start,
      columns.end,
      columns.before,
      columns.match,
      columns.after,
    ],
    rows: hits.map((h) => [titleOf(h.documentId), h.start, h.end, h.before, h.match, h.after]),
  };
}
