import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../hooks/use-i18n';
import { exportChart, findChartSvg } from './chart-export';
import { exportFileName } from './chart-layout';
import { translateFailure } from '../../i18n/errors';
import { ChartDataTable, type ChartTable } from './ChartDataTable';

export interface ChartFrameProps {
  readonly title: string;
  readonly description: string;
  /** The file name's stem when exported (English, so files sort the same in every locale). */
  readonly fileStem: string;
  /** The numbers drawn, for those who cannot see the drawing. */
  readonly table: ChartTable;
  readonly children: ReactNode;
}

/** A titled figure with Export SVG / Export PNG buttons for the chart inside it. */
export function ChartFrame({ title, description, fileStem, table, children }: ChartFrameProps) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const descId = useId();
  const body = useRef<HTMLDivElement>(null);
  // Kept as a key and its values so the sentence follows a change of language.
  const [message, setMessage] = useState<{
    key: 'charts.exported' | 'charts.exportFailed';
    params: Record<string, string>;
  } | null>(null);

  const run = async (format: 'svg' | 'png'): Promise<void> => {
    const svg = body.current ? findChartSvg(body.current) : null;
    if (!svg) return;
    const name = exportFileName(fileStem, format);
    const r = await exportChart(svg, name, format);
    if (!r.ok)
      setMessage({
        key: 'charts.exportFailed',
        params: { reason: translateFailure(r, locale) },
      });
    else if (r.data.saved) setMessage({ key: 'charts.exported', params: { name } });
  };

  return (
    <figure className="panel rp-chart-frame" aria-labelledby={titleId} aria-describedby={descId}>
      <figcaption className="rp-chart-head">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p id={descId} className="muted rp-chart-desc">
            {description}
          </p>
        </div>
        <div className="rp-chart-actions">
          <button type="button" className="btn small" onClick={() => void run('svg')}>
            {t('charts.exportSvg')}
          </button>
          <button type="button" className="btn small" onClick={() => void run('png')}>
            {t('charts.exportPng')}
          </button>
        </div>
      </figcaption>
      {/* Recharts does not mirror inside dir="rtl": the drawing is laid out in LTR coordinates
          and each chart mirrors itself (reversed axes, labels on the right) for Persian. */}
      {/* One image with the chart's title as its name and its description; its numbers are in
          the table below (Recharts' SVG alone names nothing). */}
      <div
        className="rp-chart-body"
        dir="ltr"
        ref={body}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        {children}
      </div>
      <ChartDataTable title={title} table={table} />
      {message && (
        <p role="status" className={message.key === 'charts.exportFailed' ? 'error-text' : 'muted'}>
          {t(message.key, message.params)}
        </p>
      )}
    </figure>
  );
}
