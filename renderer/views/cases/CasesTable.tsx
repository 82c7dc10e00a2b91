import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { Fragment, useMemo } from 'react';
import type { Attribute, AttributeValue } from '../../../shared/model';
import type { CaseGroup } from '../../../shared/cases/case-table-view';
import { toPersianDigits } from '../../../shared/text/persian';
import type { CaseRow } from '../../hooks/use-cases';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectStore } from '../../hooks/use-project-store';
import { AttributeCell } from './AttributeCell';
import { ColumnHeader } from './ColumnHeader';
import { translateFailure } from '../../i18n/errors';

// Table v9: features are registered explicitly; the core alone gives header groups and rows,
// which is all an editable grid of a few hundred cases needs.
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, CaseRow>();

interface CasesTableProps {
  /** Already filtered and sorted (shared/cases/case-table-view.ts). */
  readonly rows: readonly CaseRow[];
  readonly attributes: readonly Attribute[];
  readonly sort: { readonly key: string; readonly descending: boolean } | null;
  readonly onSort: (key: string) => void;
  /** When grouping: the groups in order, their rows in `rows` order; null for a flat list. */
  readonly groups: readonly CaseGroup[] | null;
  /** A case to highlight and scroll to (a memo's "open"). */
  readonly focusId?: string | null;
}

/** Cases as rows; name, one column per attribute, and the number of linked documents. */
export function CasesTable(props: CasesTableProps) {
  const { attributes, sort, onSort, groups, focusId } = props;
  const rows = useMemo(
    () => (groups ? groups.flatMap((g) => g.rows) : props.rows),
    [groups, props.rows],
  );
  const { t, n, locale } = useI18n();
  const store = useProjectStore();

  const columns = useMemo(() => {
    const save = async (row: CaseRow, patch: Parameters<typeof store.updateCase>[1]) => {
      const r = await store.updateCase(row.case.id, patch);
      return r.ok ? null : translateFailure(r, locale);
    };
    const valuesSet = (a: Attribute) =>
      rows.filter((r) => r.case.values[a.id] !== undefined && r.case.values[a.id] !== null).length;
    return helper.columns([
      helper.accessor((r) => r.case.name, {
        id: 'name',
        header: () => t('cases.colName'),
        cell: (ctx) => (
          <AttributeCell
            attribute={null}
            caseName={ctx.row.original.case.name}
            value={ctx.row.original.case.name}
            onSave={(v) => save(ctx.row.original, { name: String(v ?? '') })}
          />
        ),
      }),
      ...attributes.map((a) =>
        helper.accessor((r): AttributeValue => r.case.values[a.id] ?? null, {
          id: a.id,
          header: () => (
            <ColumnHeader
              attribute={a}
              valuesSet={valuesSet(a)}
              onRename={async (name) => {
                const r = await store.renameAttribute(a.id, name);
                return r.ok ? null : translateFailure(r, locale);
              }}
              onDelete={() => void store.deleteAttribute(a.id)}
            />
          ),
          cell: (ctx) => (
            <AttributeCell
              attribute={a}
              caseName={ctx.row.original.case.name}
              value={ctx.row.original.case.values[a.id] ?? null}
              onSave={(v) => save(ctx.row.original, { values: { [a.id]: v } })}
            />
          ),
        }),
      ),
      helper.accessor((r) => r.documents, {
        id: 'documents',
        header: () => t('cases.colDocuments'),
        cell: (ctx) => <span className="cs-doc-count">{n(ctx.row.original.documents)}</span>,
      }),
    ]);
  }, [attributes, rows, store, t, n, locale]);

  const data = useMemo(() => [...rows], [rows]);
  const columnName = (id: string): string =>
    id === 'name'
      ? t('cases.colName')
      : id === 'documents'
        ? t('cases.colDocuments')
        : (attributes.find((a) => a.id === id)?.name ?? id);
  // The first row of each group gets the group's heading row before it.
  const groupStarts = useMemo(() => {
    const m = new Map<string, string>();
    for (const g of groups ?? []) {
      const first = g.rows[0];
      if (!first) continue;
      const value =
        g.value === null
          ? t('cases.groupEmpty')
          : locale === 'fa' && /^\d+$/.test(g.value)
            ? toPersianDigits(g.value)
            : g.value;
      m.set(first.case.id, t('cases.groupHeading', { value, count: n(g.rows.length) }));
    }
    return m;
  }, [groups, t, n, locale]);
  const table = useTable({ features, columns, data, getRowId: (r) => r.case.id });

  return (
    <div className="cs-cases-scroll">
      <table className="cs-cases-table" aria-label={t('cases.tableLabel')}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={header.column.id === 'documents' ? 'cs-num' : undefined}
                  aria-sort={
                    sort?.key === header.column.id
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  <div className="cs-head">
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    <button
                      type="button"
                      className="btn small cs-sort"
                      aria-label={t('cases.sortBy', { column: columnName(header.column.id) })}
                      onClick={() => onSort(header.column.id)}
                    >
                      <span aria-hidden="true">
                        {sort?.key === header.column.id ? (sort.descending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  </div>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <Fragment key={row.id}>
              {groupStarts.has(row.id) && (
                <tr className="cs-group">
                  <th scope="rowgroup" colSpan={attributes.length + 2} dir="auto">
                    {groupStarts.get(row.id)}
                  </th>
                </tr>
              )}
              <tr
                id={`case-row-${row.id}`}
                className={focusId === row.id ? 'cs-focused' : undefined}
              >
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'name' ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td
                      key={cell.id}
                      className={cell.column.id === 'documents' ? 'cs-num' : undefined}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
