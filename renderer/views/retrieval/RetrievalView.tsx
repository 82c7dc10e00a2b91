import { useEffect, useId, useMemo, useState } from 'react';
import type { RetrievalMode } from '../../../shared/analysis/retrieval';
import type { CodeId } from '../../../shared/model';
import { useCodebook } from '../../hooks/use-codebook';
import { useI18n } from '../../hooks/use-i18n';
import { useReportOptions } from '../../hooks/use-report-options';
import { useRetrieval, type RetrievalQuery } from '../../hooks/use-retrieval';
import { documentsInScope } from '../../hooks/use-sets';
import { SetScopePicker } from '../sets/SetScopePicker';
import { CoderFilter } from '../coders/CoderFilter';
import { useRetrievalExport } from '../../hooks/use-retrieval-export';
import { CodePicker } from './CodePicker';
import { PassageList } from '../shared-passages/PassageList';
import { clearRetrievalRequest, pendingRetrievalRequest } from './retrieval-request';
import './retrieval.css';
import { translateFailure, type Refusal } from '../../i18n/errors';

const PAGE = 100;

/** Coded passages of chosen codes (AND / OR), filtered by case attribute, with context. */
export function RetrievalView() {
  const { t, n, locale } = useI18n();
  const codebook = useCodebook();
  const { attributes } = codebook.state;
  const saveCsv = useRetrievalExport();
  const projectId = codebook.state.project.id;
  // A query handed over by another view (a theme of the network map) fills the form once.
  const [request] = useState(() => pendingRetrievalRequest(projectId));
  useEffect(() => clearRetrievalRequest(projectId), [projectId]);
  const [codeIds, setCodeIds] = useState<CodeId[]>(() => [...(request?.codeIds ?? [])]);
  const [mode, setMode] = useState<RetrievalMode>('or');
  const [includeSubcodes, setIncludeSubcodes] = useState(request?.includeSubcodes ?? true);
  const [attributeId, setAttributeId] = useState('');
  const [value, setValue] = useState('');
  const [coder, setCoder] = useState(request?.coder ?? '');
  // A refusal is kept as data and translated when shown (by code, in the current language).
  const [message, setMessage] = useState<
    { kind: 'error'; refusal: Refusal } | { kind: 'info'; text: string } | null
  >(null);
  const attrSelectId = useId();
  const valueId = useId();

  // The shared set scope (report, charts): only the set's documents are retrieved.
  const { setId } = useReportOptions();
  const { sets, documents, cases } = codebook.state;
  const scope = useMemo(
    () =>
      setId
        ? new Set(documentsInScope({ sets, documents, cases }, setId).map((d) => d.id))
        : undefined,
    [setId, sets, documents, cases],
  );
  // Codes deleted meanwhile drop out of the query.
  const live = codeIds.filter((id) => codebook.byId.has(id));
  const liveKey = live.join(',');
  const query = useMemo<RetrievalQuery>(
    () => ({
      // Keyed by the joined ids so a new array with the same codes does not rerun the query.
      codeIds: liveKey ? (liveKey.split(',') as CodeId[]) : [],
      mode,
      includeSubcodes,
      caseFilter: attributeId ? { attributeId, value } : null,
      coder,
      documentIds: scope,
    }),
    [liveKey, mode, includeSubcodes, attributeId, value, coder, scope],
  );
  const { rows } = useRetrieval(query);
  const attr = attributes.find((a) => a.id === attributeId);
  const docs = new Set(rows.map((r) => r.document.id)).size;

  async function exportCsv() {
    const r = await saveCsv(
      rows,
      {
        document: t('ret.col.document'),
        case: t('ret.col.case'),
        codes: t('ret.col.codes'),
        start: t('ret.col.start'),
        end: t('ret.col.end'),
        passage: t('ret.col.passage'),
        before: t('ret.col.before'),
        after: t('ret.col.after'),
        memo: t('ret.col.memo'),
      },
      'retrieval.csv',
    );
    if (!r.ok) setMessage({ kind: 'error', refusal: r });
    else if (!r.data.canceled)
      setMessage({ kind: 'info', text: t('ret.exported', { n: n(rows.length) }) });
  }

  return (
    <section className="retrieval-view" aria-labelledby="retrieval-title">
      <header className="view-head">
        <h1 id="retrieval-title">{t('nav.retrieval')}</h1>
      </header>
      <div className="rv-retrieval-body">
        <aside className="panel rv-retrieval-query" aria-label={t('ret.queryLabel')}>
          <CodePicker codebook={codebook} chosen={live} onChange={setCodeIds} />
          <SetScopePicker />
          <fieldset className="rv-mode">
            <legend>{t('ret.combine')}</legend>
            <label>
              <input
                type="radio"
                name="ret-mode"
                checked={mode === 'or'}
                onChange={() => setMode('or')}
              />
              {t('ret.or')}
            </label>
            <label>
              <input
                type="radio"
                name="ret-mode"
                checked={mode === 'and'}
                onChange={() => setMode('and')}
              />
              {t('ret.and')}
            </label>
            <label className="rv-subcodes">
              <input
                type="checkbox"
                checked={includeSubcodes}
                onChange={(e) => setIncludeSubcodes(e.target.checked)}
              />
              {t('ret.subcodes')}
            </label>
          </fieldset>
          <fieldset className="case-filter">
            <legend>{t('ret.caseFilter')}</legend>
            <label htmlFor={attrSelectId} className="field-label">
              {t('ret.attribute')}
            </label>
            <select
              id={attrSelectId}
              value={attributeId}
              onChange={(e) => {
                setAttributeId(e.target.value);
                setValue('');
              }}
            >
              <option value="">{t('ret.allCases')}</option>
              {attributes.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {attr && (
              <>
                <label htmlFor={valueId} className="field-label">
                  {t('ret.value')}
                </label>
                {attr.type === 'category' ? (
                  <select id={valueId} value={value} onChange={(e) => setValue(e.target.value)}>
                    <option value="">{t('cb.choose')}</option>
                    {attr.options.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={valueId}
                    type="text"
                    dir="auto"
                    value={value}
                    onChange={(e) => setValue(e.target.value)}
                  />
                )}
              </>
            )}
          </fieldset>
          <CoderFilter
            id="retrieval-coder"
            coders={codebook.state.coders}
            value={coder}
            onChange={setCoder}
          />
        </aside>
        <div className="retrieval-results">
          <div className="rv-results-head">
            <p role="status" className="rv-results-count">
              {live.length === 0
                ? t('ret.chooseHint')
                : t('ret.found', { n: n(rows.length), docs: n(docs) })}
            </p>
            <button
              type="button"
              className="btn"
              disabled={rows.length === 0}
              onClick={() => void exportCsv()}
            >
              {t('ret.export')}
            </button>
          </div>
          {message && (
            <div
              role={message.kind === 'error' ? 'alert' : 'status'}
              className={`banner ${message.kind}`}
            >
              {message.kind === 'error' ? translateFailure(message.refusal, locale) : message.text}
            </div>
          )}
          <PassageList rows={rows} pageSize={PAGE} />
        </div>
      </div>
    </section>
  );
}
