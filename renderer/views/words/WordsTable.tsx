import { useMemo } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { WordRow } from '../../../shared/analysis/word-frequency';
import { useI18n } from '../../hooks/use-i18n';
import { SortableHead } from '../analysis/SortableTh';
import { TableRows } from '../analysis/TableRows';

// Stable at module scope (v9: features and row-model slots must not change between renders).
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, WordRow & { rank: number }>();

export interface WordsTableProps {
  readonly rows: readonly WordRow[];
  readonly onOpen: (row: WordRow) => void;
  readonly onHide: (row: WordRow) => void;
}

/** The top words: rank, word (a button that opens the search), count, documents, percent. */
export function WordsTable({ rows, onOpen, onHide }: WordsTableProps) {
  const { t, n } = useI18n();
  const data = useMemo(() => rows.map((r, i) => ({ ...r, rank: i + 1 })), [rows]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('rank', {
          header: () => t('words.col.rank'),
          cell: ({ getValue }) => n(getValue()),
        }),
        helper.accessor('word', {
          header: () => t('words.col.word'),
          cell: ({ row }) => (
            <button
              type="button"
              className="wf-word"
              dir="auto"
              aria-label={t('words.open', {
                word: row.original.word,
                count: n(row.original.count),
              })}
              onClick={() => onOpen(row.original)}
            >
              {row.original.word}
            </button>
          ),
          sortFn: (a, b) => a.original.word.localeCompare(b.original.word, 'fa'),
        }),
        helper.accessor('count', {
          header: () => t('words.col.count'),
          cell: ({ getValue }) => n(getValue()),
          sortDescFirst: true,
        }),
        helper.accessor('documents', {
          header: () => t('words.col.documents'),
          cell: ({ getValue }) => n(getValue()),
          sortDescFirst: true,
        }),
        helper.accessor('percent', {
          header: () => t('words.col.percent'),
          cell: ({ getValue }) => n(getValue(), 2),
          sortDescFirst: true,
        }),
        helper.display({
          id: 'actions',
          header: () => <span className="visually-hidden">{t('words.col.actions')}</span>,
          cell: ({ row }) => (
            <button
              type="button"
              className="btn small wf-hide"
              aria-label={t('words.stop.hide', { word: row.original.word })}
              title={t('words.stop.hide', { word: row.original.word })}
              onClick={() => onHide(row.original)}
            >
              <span aria-hidden="true">⊘</span>
            </button>
          ),
        }),
      ]),
    [t, n, onOpen, onHide],
  );
  const table = useTable({ features, columns, data, getRowId: (r) => r.key });

  return (
    <table className="wf-table" aria-label={t('words.table')}>
      <SortableHead
        groups={table.getHeaderGroups()}
        prefix="wf"
        buttonClass="wf-sort"
        markClass="wf-sort-mark"
        render={(header) => <table.FlexRender header={header} />}
      />
      <TableRows
        rows={table.getRowModel().rows}
        cellClass={(id) => `wf-col-${id}`}
        render={(cell) => <table.FlexRender cell={cell} />}
      />
    </table>
  );
}
