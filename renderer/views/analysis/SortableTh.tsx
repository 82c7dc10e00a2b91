import type { ReactNode } from 'react';

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
  readonly sorted: false | 'asc' | 'desc';
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
