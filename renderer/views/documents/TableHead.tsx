import type { SortKey, SortOrder } from './document-rows';
import { useI18n } from '../../hooks/use-i18n';

interface TableHeadProps {
  readonly sort: SortOrder | null;
  readonly onSort: (key: SortKey) => void;
}

/** The header row: title, case, words and codings sort on click (ascending, descending, off). */
export function TableHead({ sort, onSort }: TableHeadProps) {
  const { t } = useI18n();
  const th = (key: SortKey, label: string, className?: string) => {
    const on = sort?.key === key ? sort.dir : null;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={on === 'asc' ? 'ascending' : on === 'desc' ? 'descending' : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          title={t('documents.sortBy', { column: label })}
          onClick={() => onSort(key)}
        >
          {label}
          <span className="sort-mark" aria-hidden>
            {on === 'asc' ? '▲' : on === 'desc' ? '▼' : ''}
          </span>
        </button>
      </th>
    );
  };
  return (
    <thead>
      <tr aria-rowindex={1}>
        {th('title', t('documents.col.title'))}
        {th('case', t('documents.col.case'))}
        {th('words', t('documents.col.words'), 'num')}
        {th('codings', t('documents.col.codings'), 'num')}
        <th scope="col">{t('documents.col.direction')}</th>
        <th scope="col">{t('documents.col.label')}</th>
        <th scope="col">
          <span className="visually-hidden">{t('documents.col.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
