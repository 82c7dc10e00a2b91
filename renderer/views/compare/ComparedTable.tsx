import type { CellStatus, ComparedCell } from '../../../shared/analysis';
import { useI18n } from '../../hooks/use-i18n';
import { useReportNumbers } from '../../hooks/use-report-options';
import type { MessageKey } from '../../i18n/catalog';

const STATUS_KEY: Record<CellStatus, MessageKey> = {
  match: 'compare.status.match',
  mismatch: 'compare.status.mismatch',
  'not-printed': 'compare.status.not-printed',
  'not-found': 'compare.status.not-found',
};
const STATUS_MARK: Record<CellStatus, string> = {
  match: '✓',
  mismatch: '✗',
  'not-printed': '—',
  'not-found': '?',
};
const LEVEL_KEY = {
  global: 'report.level.global',
  organizing: 'report.level.organizing',
  basic: 'report.level.basic',
} as const satisfies Record<ComparedCell['level'], MessageKey>;

/** Printed against recomputed, one row per printed figure. */
export function ComparedTable({ cells }: { readonly cells: readonly ComparedCell[] }) {
  const { t } = useI18n();
  const { num, digits } = useReportNumbers();
  const value = (c: ComparedCell, v: number | null, ids?: readonly string[]) =>
    v === null ? (
      <span className="muted">—</span>
    ) : (
      <>
        {num(v)}
        {ids && ids.length > 0 && (
          <span className="rp-ids" dir="ltr">
            {digits(ids.join('-'))}
          </span>
        )}
      </>
    );
  return (
    <table className="rp-report-table rp-compare-table" aria-label={t('compare.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('compare.col.theme')}</th>
          <th scope="col">{t('compare.col.field')}</th>
          <th scope="col" className="rp-num">
            {t('compare.col.printed')}
          </th>
          <th scope="col" className="rp-num">
            {t('compare.col.computed')}
          </th>
          <th scope="col">{t('compare.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c, k) => (
          <tr key={k} className={`rp-level-${c.level} rp-status-${c.status}`}>
            <th scope="row">
              <div
                className="rp-theme-cell"
                style={{ paddingInlineStart: `${(c.path.length - 1) * 1.4}rem` }}
              >
                <span className="rp-name" dir="auto">
                  {c.path[c.path.length - 1]}
                </span>
                <span className="badge">{t(LEVEL_KEY[c.level])}</span>
              </div>
            </th>
            <td>
              {t(c.field === 'sources' ? 'compare.field.sources' : 'compare.field.references')}
            </td>
            <td className="rp-num">
              {value(c, c.printed, c.status === 'mismatch' ? c.printedIds : undefined)}
            </td>
            <td className="rp-num">
              {value(c, c.computed, c.status === 'mismatch' ? c.computedIds : undefined)}
            </td>
            <td className="rp-status">
              <span aria-hidden="true" className="rp-mark">
                {STATUS_MARK[c.status]}
              </span>{' '}
              {t(STATUS_KEY[c.status])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
