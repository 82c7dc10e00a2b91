// The memo manager limited to a document set (issue 13.4), pure: a memo stays when what it is on
// lies in the set. Memos on a document or a coding go with the document; case memos with the
// set's cases (the cases of its documents, as the Analysis tabs count them). Project and code
// memos are on no document: they stay in every scope, and the view says so.
import type { MemoEntry } from '../../shared/analysis/memo-entries';
import type { AnalysisScope } from './analysis-scope';

/** Whether the entry's memo is on the whole project or a code (shown whatever the set). */
export function memoOutsideSets(entry: Pick<MemoEntry, 'kind'>): boolean {
  return entry.kind === 'project' || entry.kind === 'code';
}

/** The entries whose target lies in the scope, in their order; all of them without a set. */
export function memoEntriesInScope(
  entries: readonly MemoEntry[],
  scope: Pick<AnalysisScope, 'setId' | 'has' | 'cases'>,
): readonly MemoEntry[] {
  if (scope.setId === null) return entries;
  const cases = new Set<string>(scope.cases.map((c) => c.id));
  return entries.filter((e) => {
    if (memoOutsideSets(e)) return true;
    if (e.kind === 'case') return e.targetId !== null && cases.has(e.targetId);
    return e.documentId !== null && scope.has(e.documentId);
  });
}
