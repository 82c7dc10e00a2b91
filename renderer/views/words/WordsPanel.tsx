import { useCallback, useId, useMemo, useState } from 'react';
import type { WordRow, WordScope } from '../../../shared/analysis/word-frequency';
import { topWords } from '../../../shared/analysis/word-frequency-table';
import { useI18n } from '../../hooks/use-i18n';
import { useWordFrequency } from '../../hooks/use-word-frequency';
import { useWordsExport } from '../../hooks/use-word-frequency-export';
import { useOpenWordSearch } from '../../hooks/use-word-frequency-search';
import { useStopList } from '../../hooks/use-word-frequency-stop-list';
import { translateError, translateFailure } from '../../i18n/errors';
import { useProjectState } from '../../hooks/use-project-store';
import { CoderFilter } from '../coders/CoderFilter';
import { SetScopePicker } from '../sets/SetScopePicker';
import { StopListEditor } from './StopListEditor';
import { WordCloud } from './WordCloud';
import { WordsScope } from './WordsScope';
import { WordsTable } from './WordsTable';
import './words.css';

const TOP_CHOICES = [20, 50, 100, 200] as const;

/** The Words tab: word frequency as a table and a cloud; a word opens the text search. */
export function WordsPanel() {
  const { t, n, locale } = useI18n();
  const [scope, setScope] = useState<WordScope>({ kind: 'project' });
  const [top, setTop] = useState<number>(50);
  const [message, setMessage] = useState<string | null>(null);
  const topId = useId();
  const stopList = useStopList();
  const [coder, setCoder] = useState('');
  const { coders } = useProjectState();
  const state = useWordFrequency(scope, stopList.stop, coder);
  const openSearch = useOpenWordSearch();
  const saveCsv = useWordsExport();

  const result = state.status === 'done' ? state.result : null;
  const rows = useMemo(() => (result ? topWords(result, top) : []), [result, top]);
  const onOpen = useCallback((row: WordRow) => openSearch(row.key), [openSearch]);
  const { add } = stopList;
  const onHide = useCallback((row: WordRow) => add(row.key), [add]);

  async function download() {
    const r = await saveCsv(
      rows,
      {
        word: t('words.col.word'),
        count: t('words.col.count'),
        documents: t('words.col.documents'),
        percent: t('words.col.percent'),
      },
      'word-frequency.csv',
    );
    if (!r.ok) setMessage(translateFailure(r, locale));
    else if (!r.data.canceled) setMessage(t('words.exported', { n: n(rows.length) }));
  }

  let status: string | null = null;
  if (state.status === 'counting')
    status = t('words.counting', { done: n(state.done), total: n(state.total) });
  else if (state.status === 'error') status = translateError(state.error, locale);
  else if (scope.kind === 'documents' && scope.documentIds.length === 0)
    status = t('words.noDocuments');
  else if (result && result.rows.length === 0) status = t('words.empty');

  return (
    <div className="wf-panel">
      <div className="wf-controls">
        <WordsScope scope={scope} onChange={setScope} />
        <div className="wf-options">
          <div className="row">
            <label htmlFor={topId}>{t('words.top')}</label>
            <select id={topId} value={top} onChange={(e) => setTop(Number(e.target.value))}>
              {TOP_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {n(c)}
                </option>
              ))}
            </select>
          </div>
          {/* Whole texts do not depend on who coded: the filter narrows a code's passages. */}
          {scope.kind === 'code' && (
            <div className="row">
              <CoderFilter id="words-coder" coders={coders} value={coder} onChange={setCoder} />
            </div>
          )}
          <SetScopePicker />
          <StopListEditor list={stopList} />
          {stopList.error && (
            <p role="alert" className="wf-error">
              {translateError(stopList.error, locale)}
            </p>
          )}
        </div>
      </div>
      <p className="muted wf-status" role="status" aria-live="polite">
        {status ??
          (result
            ? t('words.summary', {
                tokens: n(result.tokens),
                documents: n(result.documents),
                distinct: n(result.rows.length),
              })
            : '')}
      </p>
      {rows.length > 0 && (
        <>
          <div className="row wf-tools">
            <button type="button" className="btn small" onClick={() => void download()}>
              {t('words.csv')}
            </button>
            {message && <span className="muted">{message}</span>}
          </div>
          <div className="wf-results">
            <WordsTable rows={rows} onOpen={onOpen} onHide={onHide} />
            <WordCloud rows={rows} onOpen={openSearch} />
          </div>
        </>
      )}
    </div>
  );
}
