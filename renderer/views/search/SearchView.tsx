import { documentPageStarts } from '../../../shared/text/pages';
import { useId, useMemo, useState } from 'react';
import type { CaseId } from '../../../shared/model';
import type { SearchMode } from '../../../shared/search/match';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import {
  SHOWN_HITS,
  type TextSearchQuery,
  useSearchDocumentIds,
  useTextSearch,
} from '../../hooks/use-search';
import { type CodeTarget, useSearchActions } from '../../hooks/use-search-actions';
import { useSearchIndex } from '../../hooks/use-search-index';
import { useWorkspace } from '../../hooks/use-workspace';
import { Isolated, MARK } from './Bidi';
import { CodeAllDialog } from './CodeAllDialog';
import { groupHits, type HitOrder } from '../../../shared/search/group-hits';
import { HitList } from './HitList';
import { SetScopePicker } from '../sets/SetScopePicker';
import { recallSearch, rememberSearch } from '../../hooks/search-memory';
import './search.css';
import { translateFailure } from '../../i18n/errors';

type Message = { kind: 'error' | 'info'; text: string; value?: string };

/** Full-text search over the project's documents, with keyword-in-context and auto-coding. */
export function SearchView() {
  const { t, n, locale } = useI18n();
  const state = useProjectState();
  const pageStarts = useMemo(() => documentPageStarts(state.memos), [state.memos]);
  const workspace = useWorkspace();
  const { progress } = useSearchIndex();
  const actions = useSearchActions();
  const projectId = state.project.id;
  const [form, setForm] = useState(() => recallSearch(projectId));
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const inputId = useId();
  const helpId = useId();

  const update = (patch: Partial<typeof form>) => {
    const next = { ...form, ...patch };
    setForm(next);
    rememberSearch(projectId, next);
  };

  // The case filter within the shared set scope (SetScopePicker below, issue 13.4).
  const documentIds = useSearchDocumentIds(form.caseId ?? null);
  const query: TextSearchQuery = {
    text: form.text,
    mode: form.mode,
    wholeWord: form.wholeWord,
    documentIds,
  };
  const search = useTextSearch(query);
  // Hits so far while the first search still reads texts; actions wait for the complete result.
  const shown = search.status === 'done' || search.status === 'partial' ? search.result : null;
  const result = search.status === 'done' ? search.result : null;
  const groups = useMemo(
    () => (shown ? groupHits(shown, state.documents, form.order) : []),
    [shown, state.documents, form.order],
  );

  const countText = result
    ? t('search.count', {
        hits: t(result.total === 1 ? 'search.count.hits.one' : 'search.count.hits.other', {
          n: n(result.total),
        }),
        docs: t(groups.length === 1 ? 'search.count.docs.one' : 'search.count.docs.other', {
          n: n(groups.length),
        }),
      })
    : '';

  async function codeAll(target: CodeTarget) {
    setBusy(true);
    const r = await actions.codeAll(query, target);
    setBusy(false);
    setDialog(false);
    setMessage(
      r.ok
        ? {
            kind: 'info',
            text: t('search.coded', {
              added: n(r.data.added),
              skipped: n(r.data.skipped),
              code: MARK,
            }),
            value: r.data.codeName,
          }
        : { kind: 'error', text: translateFailure(r, locale) },
    );
  }

  async function exportCsv() {
    const r = await actions.exportCsv(
      query,
      {
        document: t('search.col.document'),
        start: t('search.col.start'),
        end: t('search.col.end'),
        before: t('search.col.before'),
        match: t('search.col.match'),
        after: t('search.col.after'),
      },
      'search-hits.csv',
    );
    if (!r.ok) setMessage({ kind: 'error', text: translateFailure(r, locale) });
    else if (!r.data.canceled)
      setMessage({ kind: 'info', text: t('search.exported', { n: n(r.data.rows) }) });
  }

  let status: string;
  if (search.status === 'idle') status = t('search.hint');
  else if (search.status === 'error') status = translateFailure(search, locale);
  else if (search.status === 'partial')
    status = t('search.progress', {
      searched: n(search.searched),
      total: n(search.total),
      hits: t(search.result.total === 1 ? 'search.count.hits.one' : 'search.count.hits.other', {
        n: n(search.result.total),
      }),
    });
  else if (search.status === 'searching')
    status =
      progress.loaded < progress.total
        ? t('search.indexing', { loaded: n(progress.loaded), total: n(progress.total) })
        : t('search.searching');
  else if (result && result.total === 0) status = t('search.none', { q: form.text.trim() });
  else status = countText;

  return (
    <section className="search-view" aria-labelledby="search-title">
      <header className="sv-head">
        <h1 id="search-title">{t('search.title')}</h1>
      </header>
      <div className="panel sv-query">
        <label htmlFor={inputId} className="sv-label">
          {t('search.input')}
        </label>
        <input
          id={inputId}
          type="search"
          dir="auto"
          className="sv-input"
          placeholder={t('search.placeholder')}
          aria-describedby={helpId}
          autoFocus
          value={form.text}
          onChange={(e) => {
            update({ text: e.target.value });
            setMessage(null);
          }}
        />
        <p id={helpId} className="sv-help muted">
          {t('search.help')}
        </p>
        <div className="sv-options" role="group" aria-label={t('search.options')}>
          <fieldset className="sv-mode">
            <legend className="visually-hidden">{t('search.match')}</legend>
            {(['phrase', 'all-words'] as SearchMode[]).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="sv-mode"
                  checked={form.mode === m}
                  onChange={() => update({ mode: m })}
                />
                {t(m === 'phrase' ? 'search.phrase' : 'search.allWords')}
              </label>
            ))}
          </fieldset>
          <label>
            <input
              type="checkbox"
              checked={form.wholeWord}
              onChange={(e) => update({ wholeWord: e.target.checked })}
            />
            {t('search.wholeWord')}
          </label>
          <label className="sv-select">
            <span>{t('search.cases')}</span>
            <select
              value={form.caseId ?? ''}
              onChange={(e) => update({ caseId: (e.target.value || null) as CaseId | null })}
            >
              <option value="">{t('search.allDocuments')}</option>
              {state.cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('search.caseOption', { name: c.name })}
                </option>
              ))}
            </select>
          </label>
          <SetScopePicker />
        </div>
      </div>

      <div className="sv-results-head">
        <p role="status" className="sv-count" aria-label={t('search.statusLabel')}>
          {status}
          {search.status === 'done' && (
            <span className="sv-ms muted">
              {' '}
              {t('search.ms', { ms: n(search.ms, search.ms < 10 ? 1 : 0) })}
            </span>
          )}
        </p>
        <label className="sv-select">
          <span>{t('search.sort')}</span>
          <select
            value={form.order}
            onChange={(e) => update({ order: e.target.value as HitOrder })}
          >
            <option value="document">{t('search.sort.document')}</option>
            <option value="hits">{t('search.sort.hits')}</option>
          </select>
        </label>
        <button
          type="button"
          className="btn primary"
          disabled={!result || result.total === 0 || busy}
          aria-expanded={dialog}
          onClick={() => setDialog(true)}
        >
          {t('search.codeAll')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!result || result.total === 0}
          onClick={() => void exportCsv()}
        >
          {t('search.export')}
        </button>
        {dialog && result && (
          <CodeAllDialog
            codes={state.codes}
            summary={t('search.dialog.body', { count: countText })}
            total={result.total}
            busy={busy}
            onApply={(target) => void codeAll(target)}
            onClose={() => setDialog(false)}
          />
        )}
      </div>
      {message && (
        <div
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`banner ${message.kind}`}
        >
          {message.value === undefined ? (
            message.text
          ) : (
            <Isolated sentence={message.text} value={message.value} />
          )}
        </div>
      )}
      {shown?.truncated && (
        <p className="muted sv-shown">
          {t('search.shown', {
            shown: n(Math.min(SHOWN_HITS, shown.hits.length)),
            total: n(shown.total),
          })}
        </p>
      )}
      <HitList
        groups={groups}
        pageStarts={pageStarts}
        onOpen={(h) => workspace.openTranscript(h.documentId, { start: h.start, end: h.end })}
      />
    </section>
  );
}
