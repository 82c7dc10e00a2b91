import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { CrosstabCell, CrosstabRow, CrosstabTable } from '../../../shared/analysis/crosstab';
import { useI18n } from '../../hooks/use-i18n';
import { TableRows } from '../analysis/TableRows';

// Table v9: the core alone (header groups and rows); the columns follow the attribute's values.
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, CrosstabRow>();

export type PercentMode = 'none' | 'row' | 'column';

/** A clicked cell: its row, and its column index (-1 for the row's total). */
export interface CellChoice {
  readonly row: CrosstabRow;
  readonly col: number;
}

interface CrosstabGridProps {
  readonly table: CrosstabTable;
  readonly label: string;
  readonly rowsHeading: string;
  readonly percent: PercentMode;
  readonly selected: CellChoice | null;
  readonly onSelect: (choice: CellChoice) => void;
}

/** The crosstab: a row per code or value, a column per value, totals; every count a button. */
export function CrosstabGrid(props: CrosstabGridProps) {
  const { table: xt, percent, selected, onSelect } = props;
  const { t, n, locale } = useI18n();
  const percentSign = locale === 'fa' ? '٪' : '%';
  const labelOf = (c: { readonly none: boolean; readonly label: string }) =>
    c.none ? t('xt.none') : c.label;

  const columns = useMemo(() => {
    const countButton = (row: CrosstabRow, col: number, cell: CrosstabCell, pct?: number) => {
      const colLabel =
        col < 0 ? t('xt.total') : labelOf(xt.columns[col] ?? { none: true, label: '' });
      const isSelected = selected?.row.key === row.key && selected.col === col;
      return (
        <button
          type="button"
          className={isSelected ? 'xt-cell xt-selected' : 'xt-cell'}
          aria-pressed={isSelected}
          disabled={cell.count === 0}
          aria-label={t('xt.cellLabel', { row: labelOf(row), col: colLabel, count: n(cell.count) })}
          onClick={() => onSelect({ row, col })}
        >
          <span className="xt-count">{n(cell.count)}</span>
          {pct !== undefined && (
            <span className="xt-pct">
              {n(pct, 1)}
              {percentSign}
            </span>
          )}
        </button>
      );
    };
    const pctOf = (row: CrosstabRow, j: number): number | undefined =>
      percent === 'row'
        ? row.rowPercent[j]
        : percent === 'column'
          ? row.columnPercent[j]
          : undefined;
    return helper.columns([
      helper.accessor((r) => r.label, {
        id: 'label',
        header: () => props.rowsHeading,
        cell: ({ row }) => (
          <span className="xt-row-label" dir="auto" title={row.original.path.join(' › ')}>
            {row.original.color && (
              <span
                className="xt-swatch"
                style={{ background: row.original.color }}
                aria-hidden="true"
              />
            )}
            {labelOf(row.original)}
          </span>
        ),
      }),
      ...xt.columns.map((c, j) =>
        helper.accessor((r) => r.cells[j]?.count ?? 0, {
          id: `c${j}`,
          header: () => <span dir="auto">{labelOf(c)}</span>,
          cell: ({ row }) =>
            countButton(
              row.original,
              j,
              row.original.cells[j] as CrosstabCell,
              pctOf(row.original, j),
            ),
        }),
      ),
      helper.accessor((r) => r.total.count, {
        id: 'total',
        header: () => t('xt.total'),
        cell: ({ row }) =>
          countButton(
            row.original,
            -1,
            row.original.total,
            percent === 'none' ? undefined : row.original.percentOfTotal,
          ),
      }),
    ]);
    // labelOf depends only on t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [xt, percent, selected, onSelect, t, n, percentSign, props.rowsHeading]);

  const data = useMemo(() => [...xt.rows], [xt.rows]);
  const table = useTable({ features, columns, data, getRowId: (r) => r.key });

  return (
    <div className="xt-scroll">
      <table className="xt-table" aria-label={props.label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={`xt-col-${header.column.id}`}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <TableRows
          rows={table.getRowModel().rows}
          rowHeader="label"
          cellClass={() => 'xt-num'}
          render={(cell) => <table.FlexRender cell={cell} />}
        />
        <tfoot>
          <tr>
            <th scope="row">{t('xt.total')}</th>
            {xt.columnTotals.map((v, j) => (
              <td key={j} className="xt-num xt-foot">
                {n(v)}
              </td>
            ))}
            <td className="xt-num xt-foot" data-testid="xt-grand-total">
              {n(xt.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
