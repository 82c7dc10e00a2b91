import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import type { CaseId, Direction, DocumentId, DocumentMeta } from '../../../shared/model';
import type { Result } from '../../../shared/model/snapshot';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOpenTranscript } from '../../hooks/use-document-navigation';
import { useCountVisibleWords, useDocumentWordCounts } from '../../hooks/use-document-word-counts';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../../hooks/use-project-store';
import { placeInBox } from '../transcript/placement';
import { CasePicker } from './CasePicker';
import { DirectionMenu } from './DirectionMenu';
import { filterDocs, nextSort, sortDocs, type SortKey, type SortOrder } from './document-rows';
import { DocumentRow, type RowMenu } from './DocumentRow';
import { ImportBar } from './ImportBar';
import { TableHead } from './TableHead';
import { translateFailure, type Refusal } from '../../i18n/errors';

/** A row's height before it is measured (one line of text and small buttons). */
const ROW_ESTIMATE = 45;

interface OpenMenu {
  readonly doc: DocumentMeta;
  readonly kind: RowMenu;
  readonly anchor: HTMLElement;
  readonly style: CSSProperties;
}

/** Fixed-position style for a popup of `size` under `anchor`, aligned with its inline start. */
function under(anchor: HTMLElement, size: { w: number; h: number }, dir: 'ltr' | 'rtl') {
  const r = anchor.getBoundingClientRect();
  const box = { left: 8, top: 8, right: window.innerWidth - 8, bottom: window.innerHeight - 8 };
  const p = { x: dir === 'rtl' ? r.right : r.left, y: r.bottom + 4 };
  return { position: 'fixed' as const, ...placeInBox(p, size, box, dir) };
}

/**
 * The documents of the project: a virtualized table (only the rows in view are in the page),
 * filter and sort, one shared case picker and direction menu, word counts read lazily.
 */
export function DocumentList() {
  const { t, n, locale, dir } = useI18n();
  const store = useProjectStore();
  const state = useProjectState();
  const openTranscript = useOpenTranscript();
  const words = useDocumentWordCounts();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<SortOrder | null>(null);
  const [renamingId, setRenamingId] = useState<DocumentId | null>(null);
  // The document as the rename box opened with it: another window's rename meanwhile is refused.
  const [renameSeen, setRenameSeen] = useState<DocumentMeta | undefined>(undefined);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [toDelete, setToDelete] = useState<DocumentMeta | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);

  const { documents, cases, codings, codingCount } = state;
  const caseNames = useMemo(
    () => new Map<string, string>(cases.map((c) => [c.id, c.name])),
    [cases],
  );
  const filtered = useMemo(
    () => filterDocs(documents, deferredQuery, (id) => caseNames.get(id)),
    [documents, deferredQuery, caseNames],
  );
  const rows = useMemo(() => {
    void codingCount; // the coding index is shared between states: re-sort when it changed
    return sortDocs(
      filtered,
      sort,
      {
        caseName: (id) => caseNames.get(id),
        words: (d) => words.get(d as DocumentMeta).value,
        codings: (d) => codings.countByDocument(d.id as DocumentId),
      },
      locale,
    );
  }, [filtered, sort, caseNames, words, codings, codingCount, locale]);

  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  // The virtualizer hands out functions that React Compiler cannot memoize; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey,
    overscan: 8,
    // Rows on the very first paint, before the scroller has been measured.
    initialRect: { width: 1000, height: 700 },
  });
  const items = virtualizer.getVirtualItems();
  const visible = items.map((v) => rows[v.index]).filter((d): d is DocumentMeta => !!d);
  useCountVisibleWords(visible);

  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start : 0;
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0;

  const report = useCallback((r: Result<unknown>) => {
    setError(r.ok ? null : r);
  }, []);

  const closeMenu = useCallback((refocus: boolean) => {
    setMenu((m) => {
      if (refocus && m?.anchor.isConnected) m.anchor.focus();
      return null;
    });
  }, []);

  const onMenu = useCallback(
    (doc: DocumentMeta, kind: RowMenu, anchor: HTMLElement) => {
      const size = kind === 'case' ? { w: 300, h: 340 } : { w: 200, h: 130 };
      setMenu((m) =>
        m && m.doc.id === doc.id && m.kind === kind
          ? null
          : { doc, kind, anchor, style: under(anchor, size, dir) },
      );
    },
    [dir],
  );
  const onOpen = useCallback((d: DocumentMeta) => openTranscript(d.id), [openTranscript]);
  const onStartRename = useCallback((d: DocumentMeta) => {
    setRenamingId(d.id);
    setRenameSeen(d);
  }, []);
  const onRename = useCallback(
    (d: DocumentMeta, title: string | null) => {
      setRenamingId(null);
      const next = title?.trim();
      if (next && next !== d.title) void store.renameDocument(d.id, next, renameSeen).then(report);
    },
    [store, report, renameSeen],
  );

  async function pickCase(doc: DocumentMeta, caseId: CaseId | null) {
    closeMenu(true);
    if (caseId !== doc.caseId) report(await store.setDocumentCase(doc.id, caseId));
  }
  async function createCase(doc: DocumentMeta, name: string) {
    closeMenu(true);
    // One undo step takes back both the new case and the assignment.
    report(await store.createCaseFor(doc.id, { name }));
  }
  function pickDirection(doc: DocumentMeta, d: Direction) {
    closeMenu(true);
    if (d !== doc.direction) void store.setDocumentDirection(doc.id, d).then(report);
  }
  async function confirmDelete() {
    if (!toDelete) return;
    const id = toDelete.id;
    const at = rows.findIndex((d) => d.id === id);
    setToDelete(null);
    const r = await store.deleteDocument(id);
    report(r);
    // The dialog hands focus back to the deleted row's button, which is gone: land on the row
    // that took its place (or the one before it), else the filter, never on <body>.
    if (r.ok) {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => focusAfterDelete(at, rows.length - 1)),
      );
    }
  }
  function focusAfterDelete(at: number, left: number) {
    const i = Math.min(at, left - 1);
    const target =
      (i >= 0
        ? scrollerRef.current?.querySelector<HTMLElement>(`tr[data-index="${i}"] .link-button`)
        : null) ??
      document.querySelector<HTMLElement>('.documents-tools input[type="search"]') ??
      document.getElementById('documents-title');
    target?.focus();
  }

  // The menu follows the document it was opened for, as the store updates it.
  const menuDoc = menu ? (documents.find((d) => d.id === menu.doc.id) ?? menu.doc) : null;
  const total = documents.length;
  return (
    <section className="documents-view" aria-labelledby="documents-title">
      <h1 id="documents-title" tabIndex={-1}>
        {t('documents.title')}
      </h1>
      <ImportBar />
      {error && (
        <div role="alert" className="banner error">
          {translateFailure(error, locale)}
        </div>
      )}
      <div className="panel documents-panel">
        {total === 0 ? (
          <p className="muted">{t('documents.empty')}</p>
        ) : (
          <>
            <div className="documents-tools">
              <input
                type="search"
                // Empty, it follows the interface (the placeholder); typed text finds its own.
                dir={query ? 'auto' : undefined}
                aria-label={t('documents.filter')}
                placeholder={t('documents.filterPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <span className="muted" role="status">
                {rows.length === total
                  ? total === 1
                    ? t('documents.countOne')
                    : t('documents.count', { total: n(total) })
                  : t('documents.shown', { shown: n(rows.length), total: n(total) })}
              </span>
            </div>
            <div
              ref={scrollerRef}
              className="documents-scroller"
              onScroll={() => menu && closeMenu(false)}
            >
              <table
                className="documents-table"
                aria-label={t('documents.list')}
                aria-rowcount={rows.length + 1}
              >
                <colgroup>
                  <col />
                  <col className="col-case" />
                  <col className="col-num" />
                  <col className="col-num" />
                  <col className="col-dir" />
                  <col className="col-label" />
                  <col className="col-actions" />
                </colgroup>
                <TableHead sort={sort} onSort={(k: SortKey) => setSort((s) => nextSort(s, k))} />
                <tbody>
                  {padTop > 0 && (
                    <tr aria-hidden="true" className="spacer">
                      <td colSpan={7} style={{ blockSize: padTop }} />
                    </tr>
                  )}
                  {items.map((v) => {
                    const d = rows[v.index];
                    if (!d) return null;
                    const w = words.get(d);
                    return (
                      <DocumentRow
                        key={d.id}
                        doc={d}
                        index={v.index}
                        caseName={d.caseId ? (caseNames.get(d.caseId) ?? null) : null}
                        words={n(w.value)}
                        wordsExact={w.exact}
                        codings={n(codings.countByDocument(d.id))}
                        renaming={renamingId === d.id}
                        open={menu?.doc.id === d.id ? menu.kind : null}
                        measureRef={virtualizer.measureElement}
                        onOpen={onOpen}
                        onMenu={onMenu}
                        onStartRename={onStartRename}
                        onRename={onRename}
                        onDelete={setToDelete}
                      />
                    );
                  })}
                  {padBottom > 0 && (
                    <tr aria-hidden="true" className="spacer">
                      <td colSpan={7} style={{ blockSize: padBottom }} />
                    </tr>
                  )}
                  {rows.length === 0 && (
                    <tr>
                      <td colSpan={7} className="muted">
                        {t('documents.noMatch')}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
      {menu && menuDoc && menu.kind === 'case' && (
        <CasePicker
          title={menuDoc.title}
          cases={cases}
          currentId={menuDoc.caseId}
          style={menu.style}
          onPick={(id) => void pickCase(menuDoc, id)}
          onCreate={(name) => void createCase(menuDoc, name)}
          onClose={() => closeMenu(true)}
        />
      )}
      {menu && menuDoc && menu.kind === 'direction' && (
        <DirectionMenu
          title={menuDoc.title}
          current={menuDoc.direction}
          style={menu.style}
          onPick={(d) => pickDirection(menuDoc, d)}
          onClose={() => closeMenu(true)}
        />
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('documents.deleteConfirmTitle')}
        body={t('documents.deleteConfirmBody', {
          title: toDelete?.title ?? '',
          count: n(toDelete ? codings.countByDocument(toDelete.id) : 0),
        })}
        confirmLabel={t('documents.delete')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
