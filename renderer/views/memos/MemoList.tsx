import type { MemoEntry } from '../../../shared/analysis/memo-entries';
import { useI18n } from '../../hooks/use-i18n';

interface Props {
  readonly entries: readonly MemoEntry[];
  readonly selected: string | null;
  readonly onEdit: (e: MemoEntry) => void;
  readonly onOpen: (e: MemoEntry) => void;
}

/** The memos as a table: kind, target, title, first line, date; edit and open per row. */
export function MemoList({ entries, selected, onEdit, onOpen }: Props) {
  const { t, locale } = useI18n();
  const date = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', {
    dateStyle: 'medium',
  });
  const nameOf = (e: MemoEntry) =>
    e.title || e.targetName || (e.kind === 'project' ? t('memos.theProject') : e.firstLine);
  return (
    <table className="mm-table" aria-label={t('memos.list')}>
      <thead>
        <tr>
          <th scope="col">{t('memos.col.kind')}</th>
          <th scope="col">{t('memos.col.target')}</th>
          <th scope="col">{t('memos.col.title')}</th>
          <th scope="col">{t('memos.col.firstLine')}</th>
          <th scope="col">{t('memos.col.updated')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('documents.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.key} className={selected === e.key ? 'mm-selected' : undefined}>
            <td>{t(`memos.kind.${e.kind}`)}</td>
            <td dir="auto">
              <bdi>{e.kind === 'project' ? t('memos.theProject') : e.targetName}</bdi>
            </td>
            <td dir="auto">{e.title || <span className="muted">{t('memos.untitled')}</span>}</td>
            <td dir="auto" className="mm-first-line">
              {e.firstLine}
            </td>
            <td>{date.format(e.updatedAt)}</td>
            <td className="mm-actions">
              <button
                type="button"
                className="btn small"
                aria-label={t('memos.editLabel', { name: nameOf(e) })}
                onClick={() => onEdit(e)}
              >
                {t('memos.edit')}
              </button>
              {e.kind !== 'project' && (
                <button
                  type="button"
                  className="btn small"
                  aria-label={t('memos.openLabel', { name: nameOf(e) })}
                  onClick={() => onOpen(e)}
                >
                  {t('memos.open')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
