// The code tree as the analysis reads it: tree order, paths and thematic-network levels.
import type { Code, CodeId } from '../model';

/**
 * Attride-Stirling's levels read from the tree's shape, at any depth: a code with no children is a
 * basic theme (a flat codebook is all basic codes); a root with children is a global theme; every
 * other code with children (depth 1, or deeper in a tree of more than three levels) is organizing.
 */
export type ThemeLevel = 'global' | 'organizing' | 'basic';

export interface TreeNode {
  readonly code: Code;
  readonly path: readonly string[];
  readonly depth: number;
  readonly level: ThemeLevel;
  /** Ancestors from the root down, this code last. */
  readonly lineage: readonly CodeId[];
  readonly childIds: readonly CodeId[];
}

/** Pre-order (a parent before its children, siblings by `order` then name). */
export function codeTree(codes: readonly Code[]): TreeNode[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<CodeId | null, Code[]>();
  for (const c of codes) {
    // A parent that is not in the list (a partial export) makes the code a root, not an orphan lost.
    const parent = c.parentId !== null && byId.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const list of children.values()) {
    list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  }
  const out: TreeNode[] = [];
  const visited = new Set<CodeId>();
  const visit = (c: Code, path: readonly string[], lineage: readonly CodeId[]): void => {
    if (visited.has(c.id)) return; // a cycle in bad data must not loop forever
    visited.add(c.id);
    const kids = children.get(c.id) ?? [];
    const depth = path.length;
    const level: ThemeLevel = kids.length === 0 ? 'basic' : depth === 0 ? 'global' : 'organizing';
    const node: TreeNode = {
      code: c,
      path: [...path, c.name],
      depth,
      level,
      lineage: [...lineage, c.id],
      childIds: kids.map((k) => k.id),
    };
    out.push(node);
    for (const k of kids) visit(k, node.path, node.lineage);
  };
  for (const c of children.get(null) ?? []) visit(c, [], []);
  // Codes caught in a parent cycle are reachable from no root: show them as roots, not lose them.
  for (const c of codes) visit(c, [], []);
  return out;
}
