import type { ReactNode } from 'react';

type Sorted = false | 'asc' | 'desc';

/**
 * A column heading of a sortable table (words, agreement, report): `aria-sort` for screen
 * readers, a button that toggles the sort, and a mark (▲ ▼ ↕) hidden from them. Without
 * `onSort` the column does not sort and the heading is plain.
 */
export function SortableTh({
  className,
  sorted,
  onSort,
  buttonClass,
  markClass,
  children,
}: {
  readonly className: string;
  readonly sorted: Sorted;
  readonly onSort: ((event: unknown) => void) | undefined;
  readonly buttonClass: string;
  readonly markClass: string;
  readonly children: ReactNode;
}) {
  return (
    <th
      scope="col"
      className={className}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {onSort ? (
        <button type="button" className={buttonClass} onClick={onSort}>
          {children}
          <span className={markClass} aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        children
      )}
    </th>
  );
}

/** What SortableHead needs of a table library's header (TanStack Table's, with sorting). */
interface SortableHeader {
  readonly id: string;
  readonly column: {
    readonly id: string;
    getIsSorted(): Sorted;
    getCanSort(): boolean;
    getToggleSortingHandler(): ((event: unknown) => void) | undefined;
  };
}

/** The `<thead>` of a sortable table: one SortableTh a column, classed `<prefix>-col-<id>`. */
export function SortableHead<H extends SortableHeader>({
  groups,
  prefix,
  buttonClass,
  markClass,
  render,
}: {
  readonly groups: readonly { readonly id: string; readonly headers: readonly H[] }[];
  readonly prefix: string;
  readonly buttonClass: string;
  readonly markClass: string;
  /** The heading's content (e.g. `<table.FlexRender header={h} />`). */
  readonly render: (header: H) => ReactNode;
}) {
  return (
    <thead>
      {groups.map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => (
            <SortableTh
              key={header.id}
              className={`${prefix}-col-${header.column.id}`}
              sorted={header.column.getIsSorted()}
              onSort={
                header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined
              }
              buttonClass={buttonClass}
              markClass={markClass}
            >
              {render(header)}
            </SortableTh>
          ))}
        </tr>
      ))}
    </thead>
  );
}
