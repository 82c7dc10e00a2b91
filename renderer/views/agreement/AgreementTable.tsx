import { useMemo } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { AgreementFigures } from '../../../shared/analysis/agreement';
import { formatPercent } from '../../../shared/text/number-format';
import { useI18n } from '../../hooks/use-i18n';
import { SortableHead } from '../analysis/SortableTh';
import { TableRows } from '../analysis/TableRows';

/** A row of an agreement table: a code or a document, and its 2×2 figures. */
export interface AgreementRowView {
  readonly id: string;
  readonly label: string;
  readonly figures: AgreementFigures;
}

// Stable at module scope (v9: features and row-model slots must not change between renders).
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, AgreementRowView>();

export interface AgreementTableProps {
  readonly rows: readonly AgreementRowView[];
  readonly caption: string;
  readonly labelHeader: string;
  readonly coderA: string;
  readonly coderB: string;
  /** The pooled row, in the footer. */
  readonly pooled?: AgreementFigures;
  readonly testId: string;
}

/** Per-code or per-document agreement, sortable by any column. */
export function AgreementTable(props: AgreementTableProps) {
  const { t, n, locale } = useI18n();
  const { rows, labelHeader, coderA, coderB } = props;
  const pct = (f: AgreementFigures): string =>
    f.percentAgreement === null ? '—' : formatPercent(locale, f.percentAgreement * 100);
  const kappa = (f: AgreementFigures): string => (f.kappa === null ? '—' : n(f.kappa, 3));
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((r) => r.label, { id: 'label', header: () => labelHeader }),
        helper.accessor((r) => r.figures.percentAgreement ?? -1, {
          id: 'percent',
          header: () => t('agreement.col.percent'),
          cell: ({ row }) => pct(row.original.figures),
        }),
        helper.accessor((r) => r.figures.kappa ?? -2, {
          id: 'kappa',
          header: () => t('agreement.col.kappa'),
          cell: ({ row }) => kappa(row.original.figures),
        }),
        helper.accessor((r) => r.figures.characters, {
          id: 'characters',
          header: () => t('agreement.col.characters'),
          cell: ({ getValue }) => n(getValue()),
        }),
        helper.accessor((r) => r.figures.both, {
          id: 'both',
          header: () => t('agreement.col.both'),
          cell: ({ getValue }) => n(getValue()),
        }),
        helper.accessor((r) => r.figures.onlyA, {
          id: 'onlyA',
          header: () => t('agreement.col.only', { name: coderA }),
          cell: ({ getValue }) => n(getValue()),
        }),
        helper.accessor((r) => r.figures.onlyB, {
          id: 'onlyB',
          header: () => t('agreement.col.only', { name: coderB }),
          cell: ({ getValue }) => n(getValue()),
        }),
      ]),
    // pct and kappa read only t, n and locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, n, locale, labelHeader, coderA, coderB],
  );
  const table = useTable({
    features,
    columns,
    data: rows as AgreementRowView[],
    getRowId: (r) => r.id,
    autoResetSorting: false,
  });
  return (
    <table className="ag-table" aria-label={props.caption} data-testid={props.testId}>
      <SortableHead
        groups={table.getHeaderGroups()}
        prefix="ag"
        buttonClass="ag-sort-button"
        markClass="ag-sort-mark"
        render={(header) => <table.FlexRender header={header} />}
      />
      <TableRows
        rows={table.getRowModel().rows}
        rowHeader="label"
        headerDir="auto"
        cellClass={(id) => `ag-col-${id} num`}
        render={(cell) => <table.FlexRender cell={cell} />}
      />
      {props.pooled && (
        <tfoot>
          <tr data-testid={`${props.testId}-pooled`}>
            <th scope="row">{t('agreement.pooled')}</th>
            <td className="ag-col-percent num">{pct(props.pooled)}</td>
            <td className="ag-col-kappa num">{kappa(props.pooled)}</td>
            <td className="num">{n(props.pooled.characters)}</td>
            <td className="num">{n(props.pooled.both)}</td>
            <td className="num">{n(props.pooled.onlyA)}</td>
            <td className="num">{n(props.pooled.onlyB)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
