import { useMemo, useState } from 'react';
import paperTable2 from '../../../fixtures/reference/azerbaijan-table2.csv?raw';
import {
  comparePublished,
  parsePublishedTable,
  type PublishedTheme,
} from '../../../shared/analysis';
import { useFrequencyTable } from '../../hooks/use-frequencies';
import { useProjectState } from '../../hooks/use-project-store';
import { CoderFilter } from '../coders/CoderFilter';
import { useI18n } from '../../hooks/use-i18n';
import { useReportNumbers, useReportOptions } from '../../hooks/use-report-options';
import { getPlatform } from '../../platform/bridge';
import { ConventionSwitch } from '../report/ReportControls';
import { SetScopePicker } from '../sets/SetScopePicker';
import { ComparedTable } from './ComparedTable';
import { describeOddity } from './compare-text';
import { orderCells } from './compare-order';
import '../report/report.css';
import './compare.css';
import { translateFailure, type Refusal } from '../../i18n/errors';

interface Loaded {
  readonly name: string;
  readonly published: readonly PublishedTheme[];
}

/** A published table, printed against recomputed, cell by cell, with the print's oddities. */
export function CompareView() {
  const { t, locale } = useI18n();
  const { num, digits } = useReportNumbers();
  const options = useReportOptions();
  // A published table covers the whole study: the comparison ignores the report's case filter.
  // The coder filter stays (shared with the report): does one coder's work give the published table?
  // So does the shared set scope (13.4), shown by its picker: a table printed for part of a study
  // (one year's interviews) is compared with that part; the paper's needs "All documents".
  const table = useFrequencyTable({
    convention: options.convention,
    caseFilter: null,
    coder: options.coder,
    setId: options.setId,
  });
  const { coders } = useProjectState();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // The refusal itself, not its sentence: it is translated (by code) when shown.
  const [error, setError] = useState<Refusal | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);

  const load = (name: string, text: string): void => {
    const parsed = parsePublishedTable(text);
    if (!parsed.ok) {
      setError(parsed);
      return;
    }
    setError(null);
    setLoaded({ name, published: parsed.data });
  };

  const pick = async (): Promise<void> => {
    const r = await getPlatform().openFiles([{ name: 'CSV', extensions: ['csv'] }], {
      multiple: false,
    });
    if (!r.ok) return setError(r);
    if (r.data.canceled) return;
    const file = r.data.files[0];
    if (!file) return setError(r.data.skipped[0]?.reason ?? '');
    load(file.name, new TextDecoder('utf-8').decode(file.bytes));
  };

  const comparison = useMemo(
    () => (loaded ? comparePublished(loaded.published, table.rows) : null),
    [loaded, table.rows],
  );
  const cells = useMemo(
    () => (comparison ? orderCells(comparison.cells, table.rows) : []),
    [comparison, table.rows],
  );
  const printed = cells.filter((c) => c.printed !== null).length;
  const shown = onlyProblems
    ? cells.filter((c) => c.status === 'mismatch' || c.status === 'not-found')
    : cells;

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compare.title')}</h1>
      <p className="muted rp-intro">{t('compare.intro')}</p>
      <div className="panel rp-compare-controls">
        <div className="row">
          <button
            type="button"
            className="btn primary"
            onClick={() => load('azerbaijan-table2.csv', paperTable2)}
          >
            {t('compare.usePaper')}
          </button>
          <button type="button" className="btn" onClick={() => void pick()}>
            {t('compare.loadCsv')}
          </button>
          {loaded && (
            <span className="muted" dir="auto">
              {t('compare.loaded', { name: loaded.name })}
            </span>
          )}
        </div>
        <ConventionSwitch />
        <CoderFilter
          id="compare-coder"
          coders={coders}
          value={options.coder}
          onChange={(coder) => options.set({ coder })}
        />
        <SetScopePicker />
        {error && (
          <p role="alert" className="error-text">
            {t('compare.parseError', { reason: translateFailure(error, locale) })}
          </p>
        )}
      </div>
      {!comparison || !loaded ? (
        <p className="muted">{t('compare.none')}</p>
      ) : (
        <>
          <div className="panel">
            <p
              role="status"
              className={
                comparison.mismatches === 0
                  ? 'rp-compare-summary rp-ok'
                  : 'rp-compare-summary rp-bad'
              }
            >
              <strong>
                {t('compare.summary', { matches: num(comparison.matches), printed: num(printed) })}
              </strong>
              {comparison.mismatches > 0 && (
                <span>
                  {' '}
                  · {t('compare.mismatchSummary', { count: num(comparison.mismatches) })}
                </span>
              )}
            </p>
            <label className="rp-check">
              <input
                type="checkbox"
                checked={onlyProblems}
                onChange={(e) => setOnlyProblems(e.target.checked)}
              />
              {t('compare.onlyProblems')}
            </label>
            <ComparedTable cells={shown} />
          </div>
          <div className="panel">
            <h2 id="oddities-title">{t('compare.oddities')}</h2>
            {comparison.oddities.length === 0 ? (
              <p className="muted">{t('compare.noOddities')}</p>
            ) : (
              <ul className="rp-oddities" aria-labelledby="oddities-title">
                {comparison.oddities.map((o, k) => {
                  const text = describeOddity(o, loaded.published, num, digits);
                  return (
                    <li key={k} className={`rp-odd-${o.kind}`} dir="auto">
                      {t(text.key, text.params)}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
