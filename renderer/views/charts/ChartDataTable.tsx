import { useId } from 'react';
import { useI18n } from '../../hooks/use-i18n';
import { langAttr } from '../../components/lang-of';

/** The numbers a chart draws, as a table: the first column names the row. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The data behind a chart in a disclosure under it (WCAG 1.1.1: a chart is an image; its
 * numbers are read from this table). Closed by default; the table is in the page either way,
 * so a screen reader can reach it.
 */
export function ChartDataTable({ title, table }: { title: string; table: ChartTable }) {
  const { t, locale } = useI18n();
  const captionId = useId();
  return (
    <details className="chart-data">
      <summary>{t('charts.showData')}</summary>
      <div className="chart-data-scroll">
        <table className="data-table" aria-labelledby={captionId}>
          <caption id={captionId}>{t('charts.dataTable', { title })}</caption>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" lang={langAttr(c, locale)}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" dir="auto" lang={langAttr(cell, locale)}>
                      {cell}
                    </th>
                  ) : (
                    <td key={j} className="num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
