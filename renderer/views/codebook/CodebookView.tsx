import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { commandText, undoAnnouncement } from '../../hooks/use-undo-shortcuts';
import type { Code, CodeId, Result } from '../../../shared/model';
import { useCodebook } from '../../hooks/use-codebook';
import { useI18n } from '../../hooks/use-i18n';
import { takeFocus } from '../../hooks/use-memos-focus';
import { announce } from '../../app/LiveAnnouncer';
import { PersianLettersOffer } from '../../components/PersianLettersOffer';
import { useProjectStore } from '../../hooks/use-project-store';
import { NormalizeCodeNamesAction } from '../text-check/NormalizeCodeNamesAction';
import { CodeActions } from './CodeActions';
import { CodeDetail } from './CodeDetail';
import { CodeTree } from './CodeTree';
import './codebook.css';
import { translateFailure, type Refusal } from '../../i18n/errors';

/** The codebook: the theme tree with live counts, and the selected code's entry beside it. */
export function CodebookView() {
  const { t, n, locale } = useI18n();
  const store = useProjectStore();
  const codebook = useCodebook();
  const { state } = codebook;
  const [selectedId, setSelectedId] = useState<CodeId | null>(() => takeFocus<CodeId>('codebook'));
  const [renamingId, setRenamingId] = useState<CodeId | null>(null);
  // The code as the rename box opened with it: another window's rename meanwhile is refused.
  const [renameSeen, setRenameSeen] = useState<Code | undefined>(undefined);
  const startRename = (id: CodeId | null) => {
    setRenamingId(id);
    setRenameSeen(id ? codebook.byId.get(id)?.code : undefined);
  };
  const [collapsed, setCollapsed] = useState<ReadonlySet<CodeId>>(new Set());
  const [query, setQuery] = useState('');
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  const selected = selectedId ? codebook.byId.get(selectedId) : undefined;
  const counts = { global: 0, organizing: 0, basic: 0 };
  for (const nd of codebook.nodes) counts[nd.row.level]++;

  async function run<T>(p: Promise<Result<T>>): Promise<Result<T>> {
    const r = await p;
    setError(r.ok ? null : r);
    return r;
  }

  // A refused undo or redo is shown by the app-wide UndoRefusalBanner (however it was asked
  // for), so it is not repeated in this view's own alert.
  // Done, it is said in the live region, and the focus goes to the selected code (or the
  // tree) when the button pressed is now disabled — nothing left to undo — or gone.
  async function replay(p: Promise<Result<unknown>>, kind: 'undo' | 'redo'): Promise<void> {
    const label = kind === 'undo' ? state.undoLabel : state.redoLabel;
    if (!(await p).ok) return;
    setError(null);
    // The words of every other view's undo: the command and what it acted on, not the name alone.
    if (label) announce(undoAnnouncement(t, kind, label, n));
    requestAnimationFrame(() => {
      const active = document.activeElement as HTMLElement | null;
      if (active && active !== document.body && !active.matches(':disabled')) return;
      document
        .querySelector<HTMLElement>('.cb-code-tree [role="treeitem"][tabindex="0"], .cb-code-tree')
        ?.focus();
    });
  }

  async function create(e: FormEvent, asChild: boolean) {
    e.preventDefault();
    const name = newName.trim();
    if (!name) {
      setError(t('cb.nameRequired'));
      return;
    }
    const parentId = asChild && selected ? selected.code.id : null;
    const r = await run(store.createCode({ name, parentId }));
    if (r.ok) {
      setNewName('');
      setSelectedId(r.data.id);
      if (parentId) setCollapsed((c) => without(c, parentId));
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const el = e.target as HTMLElement;
    if (el.closest('input, textarea, select, [contenteditable="true"]')) return;
    // e.code keeps the shortcut on a Persian keyboard layout, where e.key is 'ظ'.
    if (!(e.ctrlKey || e.metaKey) || (e.key.toLowerCase() !== 'z' && e.code !== 'KeyZ')) return;
    // Stopped here so the window-wide shortcut (use-undo-shortcuts) does not undo a second time.
    e.preventDefault();
    e.stopPropagation();
    void replay(e.shiftKey ? store.redo() : store.undo(), e.shiftKey ? 'redo' : 'undo');
  }

  return (
    <section className="codebook-view" aria-labelledby="codebook-title" onKeyDown={onKeyDown}>
      <header className="view-head">
        <h1 id="codebook-title">{t('nav.codebook')}</h1>
        <p className="muted cb-summary">
          {t('cb.summary', {
            global: n(counts.global),
            organizing: n(counts.organizing),
            basic: n(counts.basic),
          })}
        </p>
        <div className="cb-undo-buttons">
          <button
            type="button"
            className="btn small"
            disabled={!state.canUndo}
            onClick={() => void replay(store.undo(), 'undo')}
            title={state.undoLabel ? commandText(t, state.undoLabel, n) : undefined}
          >
            {t('cb.undo')}
          </button>
          <button
            type="button"
            className="btn small"
            disabled={!state.canRedo}
            onClick={() => void replay(store.redo(), 'redo')}
          >
            {t('cb.redo')}
          </button>
          <NormalizeCodeNamesAction />
        </div>
      </header>
      <form className="panel row cb-codebook-toolbar" onSubmit={(e) => void create(e, false)}>
        <div className="field">
          <label htmlFor="new-code-name">{t('cb.newName')}</label>
          <input
            id="new-code-name"
            type="text"
            dir="auto"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
          />
          <PersianLettersOffer value={newName} onUse={setNewName} />
        </div>
        <button type="submit" className="btn primary">
          {t('cb.addRoot')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!selected}
          onClick={(e) => void create(e, true)}
          title={selected ? t('cb.addChildOf', { name: selected.code.name }) : undefined}
        >
          {t('cb.addChild')}
        </button>
        <div className="field cb-search-field">
          <label htmlFor="code-search">{t('cb.search')}</label>
          <input
            id="code-search"
            type="search"
            dir="auto"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </form>
      {error && (
        <div role="alert" className="banner error">
          {translateFailure(error, locale)}
        </div>
      )}
      <div className="cb-codebook-body">
        <div className="panel cb-tree-panel">
          <div className="cb-tree-legend muted" aria-hidden="true">
            <span className="cb-legend-code">{t('cb.colCode')}</span>
            <span className="cb-legend-num">{t('cb.sources')}</span>
            <span className="cb-legend-num">{t('cb.references')}</span>
          </div>
          <CodeTree
            codebook={codebook}
            query={query}
            collapsed={collapsed}
            onToggle={(id, open) =>
              setCollapsed((c) => (open ? without(c, id) : new Set([...c, id])))
            }
            selectedId={selectedId}
            onSelect={setSelectedId}
            renamingId={renamingId}
            onStartRename={startRename}
            onRename={(id, name) => {
              setRenamingId(null);
              const code = codebook.byId.get(id)?.code;
              if (name !== null && name.trim() && code && name.trim() !== code.name) {
                void run(store.updateCode(id, { name }, renameSeen));
              }
            }}
            onMove={async (id, to) => (await run(store.moveCode(id, to.parentId, to.index))).ok}
          />
        </div>
        <aside className="panel cb-detail-panel" aria-label={t('cb.detailLabel')}>
          {selected ? (
            <>
              <CodeDetail
                node={selected}
                onUpdate={(patch) => void run(store.updateCode(selected.code.id, patch))}
              />
              <CodeActions
                codebook={codebook}
                node={selected}
                onRename={() => startRename(selected.code.id)}
                onMoveTo={(parentId) => {
                  const siblings = codebook.nodes.filter(
                    (x) => x.row.parentId === parentId && x.code.id !== selected.code.id,
                  );
                  void run(store.moveCode(selected.code.id, parentId, siblings.length));
                }}
                onMerge={(targetId) => {
                  void run(store.mergeCodes(selected.code.id, targetId)).then((r) => {
                    if (r.ok) setSelectedId(targetId);
                  });
                }}
                onDelete={() => {
                  void run(store.deleteCode(selected.code.id)).then((r) => {
                    if (r.ok) setSelectedId(null);
                  });
                }}
              />
            </>
          ) : (
            <p className="muted">{t('cb.selectHint')}</p>
          )}
        </aside>
      </div>
    </section>
  );
}

function without<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  next.delete(item);
  return next;
}
