import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { arrangeCases, groupCases } from '../../../shared/cases/case-table-view';
import type { AttributeId } from '../../../shared/model';
import { useFocusRequest } from '../../hooks/use-memos-focus';
import { LinkDocumentsDialog } from './LinkDocumentsDialog';
import { useCasesTable } from '../../hooks/use-cases';
import { useCasesImport, type ImportReport } from '../../hooks/use-cases-import';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../../hooks/use-project-store';
import { getPlatform } from '../../platform/bridge';
import { AddColumnDialog } from './AddColumnDialog';
import { casesCsvText } from './cases-csv-text';
import { CasesTable } from './CasesTable';
import { SelectField, TextField } from '../shared-forms/Field';
import './cases.css';
import { translateFailure, type Refusal } from '../../i18n/errors';

/** Cases (interviewees) and their attributes, editable in place; CSV import of attributes. */
export function CasesView() {
  const { t, n, locale } = useI18n();
  const store = useProjectStore();
  const { project } = useProjectState();
  const { rows, attributes, unassigned } = useCasesTable();
  const runImport = useCasesImport();
  const [name, setName] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  const [adding, setAdding] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<{ written: number; total: number } | null>(null);
  const [linking, setLinking] = useState(false);
  const [linked, setLinked] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const [groupBy, setGroupBy] = useState<AttributeId | null>(null);
  const focusId = useFocusRequest<string>('cases');
  const arranged = useMemo(
    () => arrangeCases(rows, attributes, { sort, filter }),
    [rows, attributes, sort, filter],
  );
  const groupAttr = attributes.some((a) => a.id === groupBy) ? groupBy : null;
  const groups = useMemo(
    () => (groupAttr ? groupCases(arranged, groupAttr) : null),
    [arranged, groupAttr],
  );
  useEffect(() => {
    if (focusId)
      document.getElementById(`case-row-${focusId}`)?.scrollIntoView({ block: 'center' });
  }, [focusId]);
  const onSort = (key: string) =>
    setSort((prev) =>
      prev?.key === key
        ? prev.descending
          ? null
          : { key, descending: true }
        : { key, descending: false },
    );

  async function addCase(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('cases.err.name'));
      return;
    }
    const r = await store.createCase({ name });
    setError(r.ok ? null : r);
    if (r.ok) setName('');
  }

  async function importCsv() {
    const picked = await getPlatform().openFiles([{ name: 'CSV', extensions: ['csv'] }], {
      multiple: false,
    });
    if (!picked.ok) return setError(picked);
    if (picked.data.canceled || !picked.data.files[0]) return;
    // Windows-1256 and UTF-16 as well as UTF-8, as documents are read (cases-csv-text.ts).
    const file = picked.data.files[0];
    const decoded = casesCsvText(file.bytes, file.name);
    if (!decoded.ok) return setError(decoded);
    const text = decoded.data;
    setReport(null);
    setProgress({ written: 0, total: 0 });
    // The summary shows only once the one transaction has committed: the progress bar until then.
    const r = await runImport(text, (written, total) => setProgress({ written, total }));
    setProgress(null);
    if (r.ok) {
      setError(null);
      setReport(r.data);
    } else setError(r);
  }

  return (
    <section className="cs-cases-view" aria-labelledby="cases-title">
      <header className="view-head">
        <h1 id="cases-title">{t('nav.cases')}</h1>
        <p className="muted cs-summary">
          {t('cases.summary', { cases: n(rows.length), attributes: n(attributes.length) })}
          {unassigned > 0 &&
            `${locale === 'fa' ? '، ' : ' · '}${t('cases.unassigned', { n: n(unassigned) })}`}
        </p>
      </header>
      <div className="panel row cs-cases-toolbar">
        <form className="row" onSubmit={(e) => void addCase(e)}>
          <TextField
            id="new-case-name"
            label={t('cases.newName')}
            value={name}
            onChange={setName}
          />
          <button type="submit" className="btn primary">
            {t('cases.addCase')}
          </button>
        </form>
        <div className="cs-toolbar-end">
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            {t('cases.addColumn')}
          </button>
          <button type="button" className="btn" onClick={() => void importCsv()}>
            {t('cases.importCsv')}
          </button>
          <button type="button" className="btn" onClick={() => setLinking(true)}>
            {t('cases.link.open')}
          </button>
        </div>
      </div>
      {error && (
        <div role="alert" className="banner error">
          {translateFailure(error, locale)}
        </div>
      )}
      {progress && (
        <div className="panel cs-progress">
          <label htmlFor="cases-import-progress">{t('cases.importing')}</label>
          <progress
            id="cases-import-progress"
            max={Math.max(progress.total, 1)}
            value={progress.written}
          />
          <span role="status">
            {t('cases.importProgress', { written: n(progress.written), total: n(progress.total) })}
          </span>
        </div>
      )}
      {report && <ImportSummary report={report} onClose={() => setReport(null)} />}
      {linked !== null && (
        <div role="status" className="banner info">
          {t('cases.link.done', { count: n(linked) })}{' '}
          <button type="button" className="btn small" onClick={() => setLinked(null)}>
            {t('dialog.close')}
          </button>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="panel muted">{t('cases.empty')}</p>
      ) : (
        <>
          <div className="row cs-table-tools">
            <TextField
              id="cases-filter"
              type="search"
              label={t('cases.filter')}
              placeholder={t('cases.filterPlaceholder')}
              value={filter}
              onChange={setFilter}
            />
            <SelectField
              id="cases-group"
              label={t('cases.groupBy')}
              value={groupAttr ?? ''}
              onChange={(v) => setGroupBy((v || null) as AttributeId | null)}
              none={t('cases.groupNone')}
              options={attributes.map((a) => [a.id, a.name] as const)}
            />
            <p className="muted">
              {t('cases.shown', { shown: n(arranged.length), total: n(rows.length) })}
            </p>
          </div>
          <div className="panel cs-table-panel">
            <CasesTable
              rows={arranged}
              attributes={attributes}
              sort={sort}
              onSort={onSort}
              groups={groups}
              focusId={focusId}
            />
          </div>
        </>
      )}
      <p className="muted cs-hint">{t('cases.hint')}</p>
      <LinkDocumentsDialog
        open={linking}
        onClose={() => setLinking(false)}
        onDone={(count) => {
          setLinking(false);
          setLinked(count);
        }}
      />
      <AddColumnDialog
        open={adding}
        defaultCalendar={project.language === 'fa' ? 'solar-hijri' : 'gregorian'}
        onClose={() => setAdding(false)}
        onAdd={async (input) => {
          const r = await store.createAttribute(input);
          if (r.ok) setAdding(false);
          return r.ok ? null : translateFailure(r, locale);
        }}
      />
    </section>
  );
}

function ImportSummary({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const { t, n, locale } = useI18n();
  return (
    <div role="status" className="banner info cs-import-report">
      <p>
        {t('cases.importDone', {
          attributes: n(report.attributesCreated.length),
          cases: n(report.casesCreated),
          updated: n(report.casesUpdated),
          skipped: n(report.rowsSkipped + report.cellsSkipped.length + report.columnsSkipped),
        })}
      </p>
      {report.attributesCreated.length > 0 && (
        <p dir="auto">
          {t('cases.importAttributes')}{' '}
          {report.attributesCreated.join(locale === 'fa' ? '، ' : ', ')}
        </p>
      )}
      {report.cellsSkipped.length > 0 && (
        <ul>
          {report.cellsSkipped.slice(0, 10).map((c, i) => (
            <li key={i} dir="auto">
              {t('cases.importBadCell', { name: c.caseName, column: c.attribute, value: c.value })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn small" onClick={onClose}>
        {t('dialog.close')}
      </button>
    </div>
  );
}
