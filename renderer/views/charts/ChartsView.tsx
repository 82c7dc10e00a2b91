import { useMemo } from 'react';
import { globalShares, organizingFrequencies } from '../../../shared/analysis';
import { useCodeDocumentMatrix, useFrequencyTable } from '../../hooks/use-frequencies';
import { useI18n } from '../../hooks/use-i18n';
import { useReportNumbers, useReportOptions } from '../../hooks/use-report-options';
import { ConventionSwitch, useFilterSummary } from '../report/ReportControls';
import { ChartFrame } from './ChartFrame';
import { CoderFilter } from '../coders/CoderFilter';
import { useProjectState } from '../../hooks/use-project-store';
import { useSourceLabels } from '../../hooks/use-source-labels';
import { percentLabel } from './chart-layout';
import { GlobalSharesChart } from './GlobalSharesChart';
import { OrganizingChart } from './OrganizingChart';
import { ThemeHeatmap } from './ThemeHeatmap';
import '../report/report.css';
import { SetScopePicker } from '../sets/SetScopePicker';
import './charts.css';

/** The study's Chart 1 and Chart 2 and a basic theme × interview heatmap, from the codings. */
export function ChartsView() {
  const { t, dir } = useI18n();
  const options = useReportOptions();
  const { num, digits } = useReportNumbers();
  const rtl = dir === 'rtl';
  const persianDigits = num(1) !== '1';
  const freqOptions = {
    convention: options.convention,
    caseFilter: options.caseFilter,
    coder: options.coder,
    setId: options.setId,
  };
  const { coders } = useProjectState();
  const table = useFrequencyTable(freqOptions);
  const matrix = useCodeDocumentMatrix(freqOptions);
  const shares = useMemo(() => globalShares(table.rows), [table.rows]);
  const filter = useFilterSummary();
  const sourceLabels = useSourceLabels().labels;
  const hasData = table.references > 0;
  // The numbers each chart draws, as tables (ChartDataTable), in the app's number format.
  const tables = useMemo(() => {
    const theme = t('report.col.theme');
    const refs = t('report.col.references');
    return {
      global: {
        columns: [theme, refs, t('charts.col.percent')],
        rows: shares.map((s) => [
          s.name,
          num(s.references),
          percentLabel(num(s.percent, 1), persianDigits),
        ]),
      },
      organizing: {
        columns: [theme, refs],
        rows: organizingFrequencies(table.rows).map((r) => [r.name, num(r.references)]),
      },
      heatmap: {
        // Headed by the source labels the heatmap draws (13.6), not the documents' titles.
        columns: [theme, ...matrix.documents.map((d) => sourceLabels.get(d.id) ?? d.title)],
        rows: matrix.codes.map((c, i) => [
          c.name,
          ...matrix.documents.map((_, j) => num(matrix.cells[i]?.[j] ?? 0)),
        ]),
      },
    };
  }, [t, shares, table.rows, matrix, num, persianDigits, sourceLabels]);

  return (
    <section className="charts-view" aria-labelledby="charts-title">
      <h1 id="charts-title">{t('charts.title')}</h1>
      <p className="muted rp-intro">{t('charts.intro')}</p>
      <div className="panel rp-charts-controls">
        <ConventionSwitch />
        <SetScopePicker />
        <CoderFilter
          id="charts-coder"
          coders={coders}
          value={options.coder}
          onChange={(coder) => options.set({ coder })}
        />
        {filter && <p className="rp-filter-note">{filter}</p>}
      </div>
      {!hasData ? (
        <p className="muted">{t('charts.empty')}</p>
      ) : (
        <>
          <div className="rp-chart-grid">
            <ChartFrame
              title={t('charts.global.title')}
              description={t('charts.global.desc')}
              fileStem="chart-1-global-themes"
              table={tables.global}
            >
              <GlobalSharesChart
                shares={shares}
                rtl={rtl}
                num={num}
                percent={(v) => percentLabel(num(v, 1), persianDigits)}
              />
            </ChartFrame>
            <ChartFrame
              title={t('charts.organizing.title')}
              description={t('charts.organizing.desc')}
              fileStem="chart-2-organizing-themes"
              table={tables.organizing}
            >
              <OrganizingChart rows={table.rows} rtl={rtl} num={num} />
            </ChartFrame>
          </div>
          <ChartFrame
            title={t('charts.heatmap.title')}
            description={t('charts.heatmap.desc')}
            fileStem="basic-themes-by-interview"
            table={tables.heatmap}
          >
            <div className="rp-heatmap-scroll">
              <ThemeHeatmap
                matrix={matrix}
                rtl={rtl}
                num={num}
                digits={digits}
                labels={{
                  title: t('charts.heatmap.title'),
                  legend: t('charts.heatmap.legend'),
                  document: t('charts.heatmap.document'),
                }}
              />
            </div>
          </ChartFrame>
        </>
      )}
    </section>
  );
}
