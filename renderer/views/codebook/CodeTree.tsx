import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { announce } from '../../app/LiveAnnouncer';
import type { CodeId } from '../../../shared/model';
import type { Codebook } from '../../hooks/use-codebook';
import { useI18n } from '../../hooks/use-i18n';
import { CodeTreeRow } from './CodeTreeRow';
import {
  dropPositionAt,
  moveForDrop,
  siblingMove,
  treeKeyAction,
  visibleRows,
  type DropPosition,
  type MoveArgs,
  type TreeEntry,
} from './tree-model';

export type CodeEntry = TreeEntry;

interface CodeTreeProps {
  readonly codebook: Codebook;
  readonly query: string;
  readonly collapsed: ReadonlySet<CodeId>;
  readonly onToggle: (id: CodeId, open: boolean) => void;
  readonly selectedId: CodeId | null;
  readonly onSelect: (id: CodeId) => void;
  readonly renamingId: CodeId | null;
  readonly onStartRename: (id: CodeId) => void;
  readonly onRename: (id: CodeId, name: string | null) => void;
  /** Moves a code; resolves true when the store did it (one undo step). */
  readonly onMove: (id: CodeId, to: MoveArgs) => Promise<boolean>;
}

const DRAG_TYPE = 'application/x-mazmun-code';

/**
 * The codebook as a WAI-ARIA tree (flat list of treeitems with aria-level): arrow keys move and
 * open/close, F2 renames, HTML5 drag-and-drop moves a code onto another (child), between two
 * (reorder) or onto the area below the tree (top level).
 */
export function CodeTree(props: CodeTreeProps) {
  const { t, n, dir } = useI18n();
  const { codebook, collapsed } = props;
  const entries = useMemo(
    () =>
      codebook.nodes.map((nd): CodeEntry => ({
        id: nd.code.id,
        parentId: nd.row.parentId,
        name: nd.code.name,
        depth: nd.row.depth,
        childIds: nd.childIds,
      })),
    [codebook],
  );
  const expanded = useMemo(
    () => new Set(entries.filter((e) => !collapsed.has(e.id)).map((e) => e.id)),
    [entries, collapsed],
  );
  const rows = useMemo(
    () => visibleRows(entries, expanded, props.query),
    [entries, expanded, props.query],
  );
  const [focusId, setFocusId] = useState<CodeId | null>(null);
  const [dragId, setDragId] = useState<CodeId | null>(null);
  const [hint, setHint] = useState<{ id: CodeId | null; pos: DropPosition } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const tabStop =
    rows.find((r) => r.entry.id === focusId)?.entry.id ??
    rows.find((r) => r.entry.id === props.selectedId)?.entry.id ??
    rows[0]?.entry.id;

  function focusRow(id: CodeId) {
    setFocusId(id);
    listRef.current?.querySelector<HTMLElement>(`#code-${CSS.escape(id)}`)?.focus();
  }

  /**
   * A move by keyboard or drag: done, the moved code keeps (or takes) the focus — its row was
   * re-ordered or re-parented under it, which drops the focus to <body> — and the live region
   * says where it went.
   */
  async function move(id: CodeId, to: MoveArgs, said: { n: number; count: number } | null) {
    const ok = await props.onMove(id, to);
    if (!ok) return;
    requestAnimationFrame(() => focusRow(id));
    const name = codebook.byId.get(id)?.code.name ?? '';
    if (said) announce(t('live.moved', { code: name, n: n(said.n), count: n(said.count) }));
    else {
      const siblings = entries.filter((e) => e.parentId === to.parentId && e.id !== id).length;
      announce(
        t('live.moved', {
          code: name,
          n: n(Math.min(to.index, siblings) + 1),
          count: n(siblings + 1),
        }),
      );
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLLIElement>, id: CodeId) {
    if (e.target !== e.currentTarget) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      // Alt+Up / Alt+Down reorder among siblings (the parent stays; one undo step each).
      e.preventDefault();
      const to = siblingMove(entries, id, e.key === 'ArrowUp' ? -1 : 1);
      const name = codebook.byId.get(id)?.code.name ?? '';
      if (!to) announce(t('live.cannotMove', { code: name }));
      else void move(id, to, { n: to.position, count: to.count });
      return;
    }
    if (e.key === 'F2') {
      e.preventDefault();
      props.onStartRename(id);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelect(id);
      return;
    }
    // In a right-to-left tree, the arrow pointing "forward" (left) opens.
    let key = e.key;
    if (dir === 'rtl' && key === 'ArrowLeft') key = 'ArrowRight';
    else if (dir === 'rtl' && key === 'ArrowRight') key = 'ArrowLeft';
    const action = treeKeyAction(rows, id, key);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'focus') {
      focusRow(action.id);
      props.onSelect(action.id);
    } else props.onToggle(action.id, action.kind === 'expand');
  }

  function drop(target: CodeId | null, pos: DropPosition) {
    const moved = dragId;
    setDragId(null);
    setHint(null);
    if (!moved) return;
    const args = moveForDrop(entries, moved, target, pos);
    if (args) void move(moved, args, null);
  }

  function overRow(e: DragEvent<HTMLLIElement>, id: CodeId) {
    if (!dragId) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const pos = dropPositionAt(e.clientY - rect.top, rect.height);
    if (!moveForDrop(entries, dragId, id, pos)) {
      setHint(null);
      return;
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (hint?.id !== id || hint.pos !== pos) setHint({ id, pos });
  }

  const rootHint = hint !== null && hint.id === null;
  return (
    <div className="code-tree-wrap">
      {rows.length === 0 ? (
        <p className="muted cb-empty-tree">{props.query ? t('cb.noMatch') : t('cb.empty')}</p>
      ) : (
        <ul
          role="tree"
          aria-label={t('cb.treeLabel')}
          aria-description={t('cb.reorderHint')}
          className="cb-code-tree"
          ref={listRef}
        >
          {rows.map((row) => {
            const node = codebook.byId.get(row.entry.id);
            if (!node) return null;
            const id = row.entry.id;
            return (
              <CodeTreeRow
                key={id}
                row={row}
                node={node}
                selected={props.selectedId === id}
                focusable={tabStop === id}
                renaming={props.renamingId === id}
                dragging={dragId === id}
                dropHint={hint?.id === id ? hint.pos : null}
                onSelect={() => {
                  setFocusId(id);
                  props.onSelect(id);
                }}
                onToggle={() => props.onToggle(id, !row.expanded)}
                onStartRename={() => props.onStartRename(id)}
                onRename={(name) => props.onRename(id, name)}
                onKeyDown={(e) => onKeyDown(e, id)}
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, id);
                  e.dataTransfer.setData('text/plain', node.code.name);
                  e.dataTransfer.effectAllowed = 'move';
                  setDragId(id);
                }}
                onDragOver={(e) => overRow(e, id)}
                onDragLeave={() => setHint((h) => (h?.id === id ? null : h))}
                onDrop={(e) => {
                  e.preventDefault();
                  const rect = e.currentTarget.getBoundingClientRect();
                  drop(id, dropPositionAt(e.clientY - rect.top, rect.height));
                }}
                onDragEnd={() => {
                  setDragId(null);
                  setHint(null);
                }}
              />
            );
          })}
        </ul>
      )}
      <div
        className={`cb-root-drop${rootHint ? ' cb-active' : ''}${dragId ? ' cb-visible' : ''}`}
        role="region"
        aria-label={t('cb.rootDrop')}
        onDragOver={(e) => {
          if (!dragId || !moveForDrop(entries, dragId, null, 'inside')) return;
          e.preventDefault();
          if (!rootHint) setHint({ id: null, pos: 'inside' });
        }}
        onDragLeave={() => setHint((h) => (h?.id === null ? null : h))}
        onDrop={(e) => {
          e.preventDefault();
          drop(null, 'inside');
        }}
      >
        {t('cb.rootDrop')}
      </div>
    </div>
  );
}
