import type { ReactNode } from 'react';

interface BodyCell {
  readonly id: string;
  readonly column: { readonly id: string };
}

interface BodyRow {
  readonly id: string;
  getAllCells(): readonly BodyCell[];
}

type CellOf<R extends BodyRow> = ReturnType<R['getAllCells']>[number];

/**
 * The `<tbody>` of an analysis table (agreement, crosstab, words): a row per table row; the
 * column `rowHeader` (if any) is the row's `<th scope="row">`, every other cell a `<td>`.
 */
export function TableRows<R extends BodyRow>({
  rows,
  rowHeader,
  headerDir,
  cellClass,
  render,
}: {
  readonly rows: readonly R[];
  /** The id of the column that names the row; none: every cell is data. */
  readonly rowHeader?: string;
  readonly headerDir?: 'auto';
  readonly cellClass: (columnId: string) => string;
  /** The cell's content (e.g. `<table.FlexRender cell={c} />`). */
  readonly render: (cell: CellOf<R>) => ReactNode;
}) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          {row.getAllCells().map((cell: CellOf<R>) =>
            cell.column.id === rowHeader ? (
              <th key={cell.id} scope="row" dir={headerDir}>
                {render(cell)}
              </th>
            ) : (
              <td key={cell.id} className={cellClass(cell.column.id)}>
                {render(cell)}
              </td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}
