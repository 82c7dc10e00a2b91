import { Fragment, useRef, useState } from 'react';
import type { ExportFormatId } from '../../../shared/export/format-registry';
import type { ProjectTableId } from '../../../shared/export/tables-for-project';
import type { ProjectState } from '../../../shared/store/project-store';
import { isCanceled } from '../../../shared/worker-protocol';
import {
  exportFormatsIn,
  exportMessages,
  exportRequestFor,
  useExchangeExport,
  type ExportRequest,
} from '../../hooks/use-exchange';
import { useI18n } from '../../hooks/use-i18n';
import { ReportOptions, defaultReportChoice } from './ReportOptions';
import { SetScopePicker } from '../sets/SetScopePicker';
import { TaskProgress } from './TaskProgress';
import { translateFailure } from '../../i18n/errors';

interface ExportPanelProps {
  readonly state: ProjectState;
}

// The formats come from the export registry (shared/export/format-registry.ts), grouped by the
// options they take: a new format there appears here without an edit.
const FILES = exportFormatsIn('file');
const TABLE_FORMATS = exportFormatsIn('table');
const REPORTS = exportFormatsIn('report');
const TABLES: readonly ProjectTableId[] = ['frequency', 'matrix', 'codebook'];

export function ExportPanel({ state }: ExportPanelProps) {
  const { t, locale } = useI18n();
  const exporter = useExchangeExport(state.project.id);
  const [busy, setBusy] = useState<string | null>(null);
  const started = useRef<HTMLButtonElement | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [table, setTable] = useState<ProjectTableId>('frequency');
  const [report, setReport] = useState(() => defaultReportChoice(state.project.language));

  async function run(label: string, request: ExportRequest) {
    setBusy(label);
    setMessage(null);
    const r = await exporter.exportProject(request);
    setBusy(null);
    // The button was disabled while the export ran: once enabled again, focus goes back to it.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) started.current?.focus();
    });
    if (isCanceled(r)) setMessage({ text: t('exchange.exportCanceled'), error: false });
    else if (!r.ok)
      setMessage({
        text: t('exchange.failed', { reason: translateFailure(r, locale) }),
        error: true,
      });
    else if (!r.data.outcome.canceled) {
      const path = r.data.outcome.path;
      setMessage({
        text: path
          ? t('exchange.savedTo', { path })
          : t('exchange.saved', { name: r.data.fileName }),
        error: false,
      });
    }
  }

  // The interface language names the sheets and headings of XLSX and CSV (issue 13.8).
  const request = (id: ExportFormatId) => exportRequestFor(id, { table, report, locale });

  const button = (label: string, request: ExportRequest, text?: string) => (
    <button
      type="button"
      className="btn primary"
      disabled={busy !== null}
      // The shown text ("Save HTML") is part of the name too (WCAG 2.5.3, label in name).
      aria-label={`${t('exchange.saveAs', { what: label })}${text ? ` — ${text}` : ''}`}
      onClick={(e) => {
        started.current = e.currentTarget;
        void run(label, request);
      }}
    >
      {busy === label ? t('exchange.saving') : (text ?? t('exchange.save'))}
    </button>
  );

  return (
    <section className="panel exchange-export" aria-labelledby="exchange-export-title">
      <h2 id="exchange-export-title">{t('exchange.export')}</h2>
      <SetScopePicker />
      <ul className="exchange-list">
        {FILES.map((format) => {
          const m = exportMessages(format);
          return (
            <li key={format.id}>
              <div>
                <strong>{t(m.label)}</strong>
                {m.hint && <p className="muted">{t(m.hint)}</p>}
              </div>
              {button(t(m.label), request(format.id))}
            </li>
          );
        })}
        {TABLE_FORMATS.map((format) => {
          const m = exportMessages(format);
          return (
            <li key={format.id}>
              <div>
                <strong>{t(m.label)}</strong>
                {m.hint && <p className="muted">{t(m.hint)}</p>}
                <div className="field inline">
                  <label htmlFor={`exchange-${format.id}-table`}>{t('exchange.csvTable')}</label>
                  <select
                    id={`exchange-${format.id}-table`}
                    value={table}
                    onChange={(e) => setTable(e.target.value as ProjectTableId)}
                  >
                    {TABLES.map((id) => (
                      <option key={id} value={id}>
                        {t(`exchange.table.${id}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              {button(t(m.label), request(format.id))}
            </li>
          );
        })}
        {REPORTS.length > 0 && (
          <li className="report">
            <div>
              <strong>{t('exchange.report')}</strong>
              <p className="muted">{t('exchange.reportHint')}</p>
              <ReportOptions state={state} value={report} onChange={setReport} />
            </div>
            <div className="row">
              {REPORTS.map((format) => {
                const m = exportMessages(format);
                return (
                  <Fragment key={format.id}>
                    {button(t(m.label), request(format.id), t(m.save))}
                  </Fragment>
                );
              })}
            </div>
          </li>
        )}
      </ul>
      {busy !== null && exporter.progress && (
        <TaskProgress
          label={t('exchange.exportProgress')}
          progress={exporter.progress}
          status={t('exchange.preparing', { what: busy })}
          cancelLabel={t('exchange.cancel')}
          onCancel={exporter.cancel}
          returnFocus={() => started.current}
        />
      )}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'error-text' : 'muted'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
