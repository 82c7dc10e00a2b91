import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Attribute, AttributeValue } from '../../../shared/model';
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
  readonly rows: readonly CaseRow[];
  readonly attributes: readonly Attribute[];
}

/** Cases as rows; name, one column per attribute, and the number of linked documents. */
export function CasesTable({ rows, attributes }: CasesTableProps) {
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
                >
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
