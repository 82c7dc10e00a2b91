import { useId, useState } from 'react';
import type { AlphaUnitKind } from '../../../shared/analysis/agreement-units';
import { useUnitAlpha } from '../../hooks/use-agreement';
import { useI18n } from '../../hooks/use-i18n';

/** Krippendorff's alpha over paragraphs (or speaker turns) × codes, for all coders who coded. */
export function AlphaSummary() {
  const { t, n } = useI18n();
  const [unit, setUnit] = useState<AlphaUnitKind>('paragraph');
  const result = useUnitAlpha(unit);
  const selectId = useId();
  if (!result) return null;
  const alpha = result.pooled.alpha;
  return (
    <section className="ag-alpha" aria-labelledby="ag-alpha-title">
      <h2 id="ag-alpha-title">{t('agreement.alpha')}</h2>
      <div className="row ag-controls">
        <label htmlFor={selectId}>{t('agreement.alphaUnit')}</label>
        <select
          id={selectId}
          value={unit}
          onChange={(e) => setUnit(e.target.value as AlphaUnitKind)}
        >
          <option value="paragraph">{t('agreement.unit.paragraph')}</option>
          <option value="turn">{t('agreement.unit.turn')}</option>
        </select>
      </div>
      <p className="muted">
        {t('agreement.alphaIntro', { unit: t(`agreement.unit.${unit}`).toLocaleLowerCase() })}
      </p>
      <p data-testid="ag-alpha-value">
        <strong>
          {alpha === null
            ? t('agreement.alphaUndefined')
            : t('agreement.alphaValue', {
                alpha: n(alpha, 3),
                coders: n(result.coders),
                units: n(result.units),
                pairable: n(result.pooled.pairableUnits),
              })}
        </strong>
      </p>
      {result.codes.length > 0 && (
        <table className="ag-table ag-alpha-table" aria-labelledby="ag-alpha-title">
          <thead>
            <tr>
              <th scope="col">{t('agreement.col.code')}</th>
              <th scope="col">{t('agreement.alphaCol')}</th>
            </tr>
          </thead>
          <tbody>
            {result.codes.map((r) => (
              <tr key={r.codeId}>
                <th scope="row" dir="auto">
                  {r.path.join(' / ')}
                </th>
                <td className="num">{r.alpha.alpha === null ? '—' : n(r.alpha.alpha, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
