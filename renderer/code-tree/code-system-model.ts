// The code tree's pure pieces, shared by every view that lists codes (here, not in one view's
// folder, so no view imports another's): counts per code (own, or own + everything below it) and
// the Persian-aware filter that keeps matching codes with their ancestors, so a hit is never
// shown out of its place in the tree.
import type { TreeNode } from '../../shared/analysis/code-tree';
import type { CodeId } from '../../shared/model';
import { compileQuery, matchTerm } from '../../shared/search/match';
import { indexTextWhole } from '../../shared/search/indexed-text';
import type { DocumentId } from '../../shared/model';

export type CountMode = 'own' | 'subtree';

/**
 * Each code's count: its own references, or (subtree) its own plus those of every code below it.
 * `own` reads the in-memory coding index in the app; tests pass a plain map.
 */
export function codeCounts(
  nodes: readonly TreeNode[],
  own: (id: CodeId) => number,
  mode: CountMode,
): Map<CodeId, number> {
  const out = new Map<CodeId, number>();
  for (const node of nodes) out.set(node.code.id, 0);
  for (const node of nodes) {
    const n = own(node.code.id);
    if (n === 0) continue;
    if (mode === 'own') {
      out.set(node.code.id, n);
      continue;
    }
    // lineage holds the code itself last: add its count to itself and every ancestor.
    for (const id of node.lineage) out.set(id, (out.get(id) ?? 0) + n);
  }
  return out;
}

/**
 * The codes to show for a filter: those whose name matches (every word, with the search's
 * normalization: ي/ی, ك/ک, half-spaces, digits) and their ancestors. null: no filter, show all.
 */
export function filterCodes(nodes: readonly TreeNode[], query: string): Set<CodeId> | null {
  const terms = compileQuery(query, 'all-words');
  if (terms.length === 0) return null;
  const shown = new Set<CodeId>();
  for (const node of nodes) {
    const doc = indexTextWhole(node.code.id as string as DocumentId, node.code.name);
    const hit = terms.every((term) => !matchTerm(doc, term, false).next().done);
    if (hit) for (const id of node.lineage) shown.add(id);
  }
  return shown;
}
