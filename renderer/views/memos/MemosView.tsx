import { useMemo, useState } from 'react';
import {
  countByKind,
  filterMemoEntries,
  MEMO_KINDS,
  type MemoEntry,
  type MemoKind,
} from '../../../shared/analysis/memo-entries';
import { useI18n } from '../../hooks/use-i18n';
import { useMemos } from '../../hooks/use-memos';
import { MemoEditor } from './MemoEditor';
import { MemoList } from './MemoList';
import { NewMemoForm } from './NewMemoForm';
import { TextField } from '../shared-forms/Field';
import { SetScopePicker } from '../sets/SetScopePicker';
import './memos.css';

/** The memo manager: every memo of the project, searched, filtered by kind, edited, opened. */
export function MemosView() {
  const { t, n } = useI18n();
  const memos = useMemos();
  const [query, setQuery] = useState('');
  const [kinds, setKinds] = useState<ReadonlySet<MemoKind>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  // Said after the editor closes (a delete): the editor's own status goes with it.
  const [notice, setNotice] = useState<string | null>(null);
  // The list, its counts and its total follow the shared set scope; the editor finds its memo
  // among all of them, so a memo just made on a document outside the set still opens.
  const listed = memos.inScope;
  const shown = useMemo(() => filterMemoEntries(listed, { query, kinds }), [listed, query, kinds]);
  const counts = useMemo(() => countByKind(listed), [listed]);
  const current: MemoEntry | null = memos.entries.find((e) => e.key === editing) ?? null;
  const toggle = (k: MemoKind) =>
    setKinds((prev) => {
      const next = new Set(prev);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });

  return (
    <section className="mm-view" aria-labelledby="memos-title">
      <header className="view-head">
        <h1 id="memos-title">{t('memos.title')}</h1>
        <p className="muted">{t('memos.intro')}</p>
      </header>
      <div className="panel mm-toolbar">
        <TextField
          id="memo-search"
          type="search"
          label={t('memos.search')}
          placeholder={t('memos.searchPlaceholder')}
          value={query}
          onChange={setQuery}
        />
        <fieldset className="mm-kinds">
          <legend>{t('memos.kinds')}</legend>
          {MEMO_KINDS.map((k) => (
            <label key={k} className="mm-kind">
              <input type="checkbox" checked={kinds.has(k)} onChange={() => toggle(k)} />
              {t('memos.kindCount', { kind: t(`memos.kind.${k}`), count: n(counts[k]) })}
            </label>
          ))}
        </fieldset>
        <SetScopePicker />
        {memos.scoped && <p className="muted mm-scope-note">{t('memos.scopeNote')}</p>}
      </div>
      <p className="muted" role="status">
        {t('memos.shown', { shown: n(shown.length), total: n(listed.length) })}
      </p>
      {notice && (
        <p role="status" className="banner info">
          {notice}
        </p>
      )}
      <div className="mm-body">
        <div className="panel mm-list-panel">
          {memos.entries.length === 0 ? (
            <p className="muted">{t('memos.empty')}</p>
          ) : shown.length === 0 ? (
            <p className="muted">{t('memos.noMatch')}</p>
          ) : (
            <MemoList
              entries={shown}
              selected={editing}
              onEdit={(e) => {
                setEditing(e.key);
                setNotice(null);
              }}
              onOpen={memos.open}
            />
          )}
        </div>
        {current && (
          <MemoEditor
            key={current.key}
            entry={current}
            onSave={memos.save}
            onDelete={async (e) => {
              const r = await memos.remove(e);
              if (r.ok) {
                setEditing(null);
                setNotice(t('memos.deleted'));
              }
              return r;
            }}
            onClose={() => setEditing(null)}
          />
        )}
      </div>
      <NewMemoForm onCreate={memos.create} onCreated={(key) => setEditing(key)} />
    </section>
  );
}
