// The codebook tree's behaviour without React: which rows show, where a drop lands, where the
// arrow keys go. Kept pure so it can be tested in node.
import type { CodeId } from '../../../shared/model';
import { normalizeForSearch } from '../../../shared/text/persian';

export interface TreeEntry {
  readonly id: CodeId;
  readonly parentId: CodeId | null;
  readonly name: string;
  readonly depth: number;
  readonly childIds: readonly CodeId[];
}

export interface VisibleRow<E extends TreeEntry> {
  readonly entry: E;
  readonly expanded: boolean;
  /** Position among visible siblings, 1-based, and their number (aria-posinset / setsize). */
  readonly posInSet: number;
  readonly setSize: number;
  /** True when the row matches the search (rows shown only as ancestors of a match are false). */
  readonly match: boolean;
}

/**
 * The rows to show, in pre-order. Without a query: children of collapsed codes are hidden. With a
 * query (Persian-aware: ی/ي, ک/ك, digits, half-spaces): the matching codes and their ancestors,
 * all expanded so every match is visible.
 */
export function visibleRows<E extends TreeEntry>(
  entries: readonly E[],
  expanded: ReadonlySet<CodeId>,
  query: string,
): VisibleRow<E>[] {
  const q = normalizeForSearch(query.trim());
  const byId = new Map(entries.map((e) => [e.id, e]));
  let keep: Set<CodeId> | null = null;
  const matches = new Set<CodeId>();
  if (q) {
    keep = new Set();
    for (const e of entries) {
      if (!normalizeForSearch(e.name).includes(q)) continue;
      matches.add(e.id);
      for (let cur: E | undefined = e; cur && !keep.has(cur.id);) {
        keep.add(cur.id);
        cur = cur.parentId ? byId.get(cur.parentId) : undefined;
      }
    }
  }
  const shown = entries.filter((e) => {
    if (keep) return keep.has(e.id);
    for (let p = e.parentId; p; p = byId.get(p)?.parentId ?? null) {
      if (!expanded.has(p)) return false;
    }
    return true;
  });
  const siblings = new Map<CodeId | null, CodeId[]>();
  for (const e of shown) {
    const list = siblings.get(e.parentId) ?? [];
    list.push(e.id);
    siblings.set(e.parentId, list);
  }
  return shown.map((e) => {
    const sib = siblings.get(e.parentId) ?? [];
    return {
      entry: e,
      expanded: keep ? e.childIds.some((c) => keep.has(c)) : expanded.has(e.id),
      posInSet: sib.indexOf(e.id) + 1,
      setSize: sib.length,
      match: keep ? matches.has(e.id) : true,
    };
  });
}

/** Ids of `id` and everything below it. */
export function subtreeOf(entries: readonly TreeEntry[], id: CodeId): Set<CodeId> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out = new Set<CodeId>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop() as CodeId;
    if (out.has(cur)) continue;
    out.add(cur);
    stack.push(...(byId.get(cur)?.childIds ?? []));
  }
  return out;
}

export type DropPosition = 'before' | 'inside' | 'after';

/** Where on a row of `height` pixels a pointer at `y` (from the row's top) drops. */
export function dropPositionAt(y: number, height: number): DropPosition {
  if (y < height * 0.28) return 'before';
  if (y > height * 0.72) return 'after';
  return 'inside';
}

export interface MoveArgs {
  readonly parentId: CodeId | null;
  /** Index among the new siblings, not counting the moved code (store.moveCode's contract). */
  readonly index: number;
}

/**
 * What dropping `dragged` on `target` at `position` means for store.moveCode, or null when the
 * drop is not allowed (onto itself or its own sub-tree) or changes nothing.
 */
export function moveForDrop(
  entries: readonly TreeEntry[],
  dragged: CodeId,
  target: CodeId | null,
  position: DropPosition,
): MoveArgs | null {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const moving = byId.get(dragged);
  if (!moving) return null;
  const childrenOf = (parent: CodeId | null) =>
    entries.filter((e) => e.parentId === parent && e.id !== dragged).map((e) => e.id);
  let args: MoveArgs;
  if (target === null) {
    args = { parentId: null, index: childrenOf(null).length };
  } else {
    if (subtreeOf(entries, dragged).has(target)) return null;
    const t = byId.get(target);
    if (!t) return null;
    if (position === 'inside') {
      args = { parentId: t.id, index: childrenOf(t.id).length };
    } else {
      const sibs = childrenOf(t.parentId);
      const at = sibs.indexOf(t.id);
      args = { parentId: t.parentId, index: position === 'before' ? at : at + 1 };
    }
  }
  // Entries are in tree order, so the code's place among its siblings is where it already sits.
  const currentIndex = entries
    .filter((e) => e.parentId === moving.parentId)
    .findIndex((e) => e.id === dragged);
  return args.parentId === moving.parentId && args.index === currentIndex ? null : args;
}

export type TreeKeyAction =
  | { readonly kind: 'focus'; readonly id: CodeId }
  | { readonly kind: 'expand'; readonly id: CodeId }
  | { readonly kind: 'collapse'; readonly id: CodeId }
  | null;

/**
 * The WAI-ARIA tree pattern's arrow keys. `key` is already mapped for direction: in a right-to-left
 * tree the caller turns ArrowLeft into 'ArrowRight' (open) and ArrowRight into 'ArrowLeft'.
 */
export function treeKeyAction<E extends TreeEntry>(
  rows: readonly VisibleRow<E>[],
  focused: CodeId,
  key: string,
): TreeKeyAction {
  const i = rows.findIndex((r) => r.entry.id === focused);
  const row = rows[i];
  if (!row) return rows[0] ? { kind: 'focus', id: rows[0].entry.id } : null;
  const hasKids = row.entry.childIds.length > 0;
  switch (key) {
    case 'ArrowDown': {
      const next = rows[i + 1];
      return next ? { kind: 'focus', id: next.entry.id } : null;
    }
    case 'ArrowUp': {
      const prev = rows[i - 1];
      return prev ? { kind: 'focus', id: prev.entry.id } : null;
    }
    case 'Home':
      return rows[0] ? { kind: 'focus', id: rows[0].entry.id } : null;
    case 'End': {
      const last = rows[rows.length - 1];
      return last ? { kind: 'focus', id: last.entry.id } : null;
    }
    case 'ArrowRight':
      if (!hasKids) return null;
      if (!row.expanded) return { kind: 'expand', id: row.entry.id };
      return rows[i + 1] ? { kind: 'focus', id: rows[i + 1]!.entry.id } : null;
    case 'ArrowLeft':
      if (hasKids && row.expanded) return { kind: 'collapse', id: row.entry.id };
      return row.entry.parentId ? { kind: 'focus', id: row.entry.parentId } : null;
    default:
      return null;
  }
}

/**
 * Alt+Up / Alt+Down: the move that puts code `id` one place earlier (-1) or later (+1) among
 * its siblings, in store.moveCode's terms (index among the siblings without the moved code);
 * null at either end. `position` is its place after the move (1-based) of `count` siblings.
 */
export function siblingMove(
  entries: readonly TreeEntry[],
  id: CodeId,
  delta: -1 | 1,
): (MoveArgs & { readonly position: number; readonly count: number }) | null {
  const me = entries.find((e) => e.id === id);
  if (!me) return null;
  const siblings = entries.filter((e) => e.parentId === me.parentId);
  const at = siblings.findIndex((e) => e.id === id);
  const to = at + delta;
  if (to < 0 || to >= siblings.length) return null;
  return { parentId: me.parentId, index: to, position: to + 1, count: siblings.length };
}
