// The code system pane counts the open document's codings the way it counts the project's: own,
// or own + every code below (the shared "Counts include subcodes" choice). Pure: the document's
// codings and the code tree in, numbers and a next passage out.
import type { TreeNode } from '../../shared/analysis/code-tree';
import type { CodeId, Coding } from '../../shared/model';
import { codeCounts, type CountMode } from './code-system-model';

/** Each code's count in one document, from that document's codings. */
export function documentCodeCounts(
  nodes: readonly TreeNode[],
  codings: readonly Pick<Coding, 'codeId'>[],
  mode: CountMode,
): Map<CodeId, number> {
  const own = new Map<CodeId, number>();
  for (const c of codings) own.set(c.codeId, (own.get(c.codeId) ?? 0) + 1);
  return codeCounts(nodes, (id) => own.get(id) ?? 0, mode);
}

/**
 * The passage to go to from `from` (a UTF-16 offset; -1 before the text): the first coding of
 * the code (and, counting subcodes, of any code below it) that starts after `from`, else the
 * first one again, so repeated presses go round. undefined when there is none.
 */
export function nextCodingOf<C extends Pick<Coding, 'codeId' | 'start' | 'end'>>(
  nodes: readonly TreeNode[],
  codings: readonly C[],
  codeId: CodeId,
  mode: CountMode,
  from: number,
): C | undefined {
  const counted = new Set<CodeId>([codeId]);
  if (mode === 'subtree') {
    for (const node of nodes) if (node.lineage.includes(codeId)) counted.add(node.code.id);
  }
  const list = codings
    .filter((c) => counted.has(c.codeId))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return list.find((c) => c.start > from) ?? list[0];
}
