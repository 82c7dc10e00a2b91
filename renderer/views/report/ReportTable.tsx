import { useMemo } from 'react';
import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type Row,
} from '@tanstack/react-table';
import type { FrequencyTable } from '../../../shared/analysis';
import { useI18n } from '../../hooks/use-i18n';
import { SortableHead } from '../analysis/SortableTh';
import { useSourceLabels } from '../../hooks/use-source-labels';
import { useReportNumbers } from '../../hooks/use-report-options';
import type { MessageKey } from '../../i18n/catalog';
import { buildThemeTree, type ThemeNode } from '../../../shared/analysis/report-tree';

// Stable at module scope (v9: features and row-model slots must not change between renders).
const features = tableFeatures({
  rowExpandingFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
});
const helper = createColumnHelper<typeof features, ThemeNode>();
type ThemeRow = Row<typeof features, ThemeNode>;

const byName = (a: ThemeRow, b: ThemeRow): number =>
  a.original.row.name.localeCompare(b.original.row.name, 'fa');

const LEVEL_KEY: Record<ThemeNode['row']['level'], MessageKey> = {
  global: 'report.level.global',
  organizing: 'report.level.organizing',
  basic: 'report.level.basic',
};

function ThemeCell({ row }: { row: ThemeRow }) {
  const { t } = useI18n();
  const { name, color, level } = row.original.row;
  const open = row.getIsExpanded();
  return (
    <div className="rp-theme-cell" style={{ paddingInlineStart: `${row.depth * 1.6}rem` }}>
      {row.getCanExpand() ? (
        <button
          type="button"
          className={open ? 'rp-twisty rp-open' : 'rp-twisty'}
          aria-expanded={open}
          aria-label={t(open ? 'report.collapse' : 'report.expand', { name })}
          onClick={row.getToggleExpandedHandler()}
        >
          <span aria-hidden="true">▸</span>
        </button>
      ) : (
        <span className="rp-twisty-space" aria-hidden="true" />
      )}
      <span className="rp-swatch" style={{ background: color }} aria-hidden="true" />
      <span className="rp-name" dir="auto" title={t(LEVEL_KEY[level])}>
        {name}
      </span>
    </div>
  );
}

export interface ReportTableProps {
  readonly table: FrequencyTable;
}

/** The paper's Table 2: global → organizing → basic, expandable, sortable within siblings. */
export function ReportTable({ table: freq }: ReportTableProps) {
  const { t } = useI18n();
  const { num, digits } = useReportNumbers();
  const { labels, locale } = useSourceLabels();
  const data = useMemo(
    () => buildThemeTree(freq.rows, labels, locale),
    [freq.rows, labels, locale],
  );
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((n) => n.row.name, {
          id: 'theme',
          header: () => t('report.col.theme'),
          cell: ({ row }) => <ThemeCell row={row} />,
          sortFn: byName,
        }),
        helper.accessor((n) => n.sourceIdsText, {
          id: 'sourceIds',
          header: () => t('report.col.sourceIds'),
          cell: ({ getValue }) => (
            <span className="rp-source-ids" dir="auto">
              {digits(getValue())}
            </span>
          ),
          enableSorting: false,
        }),
        helper.accessor((n) => n.row.sources, {
          id: 'sources',
          header: () => t('report.col.sources'),
          cell: ({ getValue }) => num(getValue()),
          sortDescFirst: true,
        }),
        helper.accessor((n) => n.row.references, {
          id: 'references',
          header: () => t('report.col.references'),
          cell: ({ getValue }) => num(getValue()),
          sortDescFirst: true,
        }),
      ]),
    [t, num, digits],
  );
  const table = useTable({
    features,
    columns,
    data,
    getSubRows: (n) => n.children,
    getRowId: (n) => n.row.id,
    initialState: { expanded: true },
    // Coding a passage replaces the data: keep what the researcher opened and sorted.
    autoResetExpanded: false,
    autoResetSorting: false,
  });

  if (freq.rows.length === 0) return <p className="muted">{t('report.empty')}</p>;

  return (
    <>
      <div className="rp-report-tools row">
        <button
          type="button"
          className="btn small"
          onClick={() => table.toggleAllRowsExpanded(true)}
        >
          {t('report.expandAll')}
        </button>
        <button
          type="button"
          className="btn small"
          onClick={() => table.toggleAllRowsExpanded(false)}
        >
          {t('report.collapseAll')}
        </button>
        <span className="muted rp-small-note">{t('report.sortHint')}</span>
      </div>
      <table className="rp-report-table" aria-label={t('report.tableLabel')}>
        <SortableHead
          groups={table.getHeaderGroups()}
          prefix="rp"
          buttonClass="rp-sort-button"
          markClass="rp-sort-mark"
          render={(header) => <table.FlexRender header={header} />}
        />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={`rp-level-${row.original.row.level}`}>
              {row.getAllCells().map((cell) =>
                cell.column.id === 'theme' ? (
                  <th key={cell.id} scope="row" className="rp-col-theme">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} className={`rp-col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.totalsRow')}</th>
            <td className="rp-col-sourceIds" />
            <td className="rp-col-sources">{num(freq.documents)}</td>
            <td className="rp-col-references">{num(freq.references)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
