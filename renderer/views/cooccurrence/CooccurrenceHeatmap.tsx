import type { CooccurrenceMatrix } from '../../../shared/analysis/cooccurrence';
import { useI18n } from '../../hooks/use-i18n';

interface HeatmapProps {
  readonly matrix: CooccurrenceMatrix;
  readonly label: string;
  readonly selected: { readonly i: number; readonly j: number } | null;
  readonly onSelect: (i: number, j: number) => void;
}

/**
 * Shade of a count: lightness from 96 % (none) to 55 % (the most). The text stays dark on every
 * shade (contrast ≥ 4.5 : 1 down to 55 %), so the numbers remain readable and axe-clean.
 */
function shade(count: number, max: number): string {
  const heat = max > 0 ? count / max : 0;
  return `hsl(165 45% ${Math.round(96 - 41 * heat)}%)`;
}

/**
 * The matrix as a real table (row and column headers for screen readers) whose cells are shaded
 * buttons: the heatmap and its table are one element. Column labels stand upright, so they never
 * overlap however long; the table follows the page's direction (RTL: first code on the right).
 */
export function CooccurrenceHeatmap({ matrix, label, selected, onSelect }: HeatmapProps) {
  const { t, n } = useI18n();
  const { codes, counts, max } = matrix;
  return (
    <div className="xt-scroll">
      <table className="xt-table co-table" aria-label={label}>
        <thead>
          <tr>
            <td />
            {codes.map((c) => (
              <th key={c.id} scope="col" className="co-col" title={c.path.join(' › ')}>
                <span className="co-col-label" dir="auto">
                  {c.name}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {codes.map((a, i) => (
            <tr key={a.id}>
              <th scope="row" title={a.path.join(' › ')}>
                <span className="xt-row-label" dir="auto">
                  <span className="xt-swatch" style={{ background: a.color }} aria-hidden="true" />
                  {a.name}
                </span>
              </th>
              {codes.map((b, j) => {
                if (i === j) {
                  return (
                    <td key={b.id} className="co-diagonal">
                      <span aria-hidden="true">—</span>
                    </td>
                  );
                }
                const count = counts[i]?.[j] ?? 0;
                const isSelected =
                  selected !== null &&
                  ((selected.i === i && selected.j === j) ||
                    (selected.i === j && selected.j === i));
                return (
                  <td key={b.id}>
                    <button
                      type="button"
                      className={isSelected ? 'co-cell xt-selected' : 'co-cell'}
                      style={count > 0 ? { background: shade(count, max) } : undefined}
                      disabled={count === 0}
                      aria-pressed={isSelected}
                      aria-label={t('co.cellLabel', { a: a.name, b: b.name, count: n(count) })}
                      onClick={() => onSelect(i, j)}
                    >
                      {n(count)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
