import { useFrequencyTable } from '../../hooks/use-frequencies';
import { useI18n } from '../../hooks/use-i18n';
import { useReportNumbers, useReportOptions } from '../../hooks/use-report-options';
import {
  CaseFilterPicker,
  ConventionSwitch,
  DigitsPicker,
  useFilterSummary,
} from './ReportControls';
import { ReportTable } from './ReportTable';
import { CoderFilter } from '../coders/CoderFilter';
import { useProjectState } from '../../hooks/use-project-store';
import { SetScopePicker } from '../sets/SetScopePicker';
import './report.css';

/** The study's Table 2, recomputed from the codings: themes, source ids, sources, references. */
export function ReportView() {
  const { t } = useI18n();
  const options = useReportOptions();
  const { num } = useReportNumbers();
  const table = useFrequencyTable({
    convention: options.convention,
    caseFilter: options.caseFilter,
    coder: options.coder,
    setId: options.setId,
  });
  const { coders } = useProjectState();
  const filter = useFilterSummary();
  return (
    <section className="report-view" aria-labelledby="report-title">
      <h1 id="report-title">{t('report.title')}</h1>
      <p className="muted rp-intro">{t('report.intro')}</p>
      <div className="panel rp-report-controls">
        <ConventionSwitch />
        <CaseFilterPicker />
        <SetScopePicker />
        <DigitsPicker />
        <CoderFilter
          id="report-coder"
          coders={coders}
          value={options.coder}
          onChange={(coder) => options.set({ coder })}
        />
      </div>
      <div className="panel">
        <p className="rp-totals" role="status">
          <strong>
            {t('report.totals', {
              documents: num(table.documents),
              references: num(table.references),
            })}
          </strong>
          {filter && <span className="rp-filter-note">{filter}</span>}
        </p>
        <ReportTable table={table} />
      </div>
    </section>
  );
}
