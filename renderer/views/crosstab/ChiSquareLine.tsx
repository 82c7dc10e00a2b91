import type { CrosstabTable } from '../../../shared/analysis/crosstab';
import { useI18n } from '../../hooks/use-i18n';

/** Chi-square, its degrees of freedom and p-value, with the cautions that apply. */
export function ChiSquareLine({ table }: { readonly table: CrosstabTable }) {
  const { t, n } = useI18n();
  if (table.columns.length === 0) return null;
  const chi = table.chiSquare;
  const p = chi ? (chi.pValue < 0.001 ? `< ${n(0.001, 3)}` : n(chi.pValue, 3)) : '';
  return (
    <div className="xt-chi">
      <p data-testid="xt-chi">
        {chi ? t('xt.chi', { chi: n(chi.statistic, 2), df: n(chi.df), p }) : t('xt.chiNone')}
      </p>
      {chi?.warning && (
        <p className="xt-warning" role="note">
          {t('xt.chiWarning', { cells: n(chi.lowExpectedCells) })}
        </p>
      )}
      {table.overlapping && (
        <p className="xt-warning" role="note">
          {t('xt.overlapping')}
        </p>
      )}
    </div>
  );
}
