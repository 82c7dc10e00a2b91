// The memo manager's data and actions: every memo as a row (renderer/views/memos/memo-entries),
// create/edit/delete through the store (one undo step each), and "open the target".
import { useCallback, useMemo } from 'react';
import type { CaseId, CodeId, Memo, MemoTarget } from '../../shared/model';
import type { Result } from '../../shared/model/snapshot';
import { memoEntries, type MemoEntry } from '../../shared/analysis/memo-entries';
import { memoEntriesInScope } from './memo-scope';
import { useAnalysisScope } from './use-analysis-scope';
import { requestFocus } from './use-memos-focus';
import { useOpenTranscript } from './use-document-navigation';
import { useProjectState, useProjectStore } from './use-project-store';
import { useWorkspace } from './use-workspace';

export interface MemoActions {
  /** Every memo of the project. */
  readonly entries: readonly MemoEntry[];
  /**
   * The memos in the shared set scope (use-analysis-scope.ts): on the set's documents, their
   * codings and cases, and every project and code memo (memo-scope.ts); all without a set.
   */
  readonly inScope: readonly MemoEntry[];
  /** Whether a set limits `inScope`. */
  readonly scoped: boolean;
  readonly create: (target: MemoTarget, title: string, text: string) => Promise<Result<Memo>>;
  /** Saves a memo row's title and text, or a coding memo's text. */
  readonly save: (entry: MemoEntry, title: string, text: string) => Promise<Result<unknown>>;
  /** Deletes a memo (a coding memo: empties it). Undoable. */
  readonly remove: (entry: MemoEntry) => Promise<Result<unknown>>;
  readonly open: (entry: MemoEntry) => void;
}

export function useMemos(): MemoActions {
  const store = useProjectStore();
  const state = useProjectState();
  const { memos, documents, codes, cases, codings, codingCount } = state;
  const openTranscript = useOpenTranscript();
  const { setView } = useWorkspace();
  const entries = useMemo(
    () => memoEntries({ memos, codings: codings.values(), documents, codes, cases }),
    // The coding index is shared between states: its count says when codings changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [memos, documents, codes, cases, codings, codingCount, state.version],
  );
  const scope = useAnalysisScope();
  const inScope = useMemo(() => memoEntriesInScope(entries, scope), [entries, scope]);
  const create = useCallback(
    (target: MemoTarget, title: string, text: string) => store.createMemo({ target, title, text }),
    [store],
  );
  const save = useCallback(
    (entry: MemoEntry, title: string, text: string): Promise<Result<unknown>> =>
      entry.memoId
        ? store.updateMemo(entry.memoId, { title, text })
        : store.updateCoding(entry.codingId as NonNullable<MemoEntry['codingId']>, { memo: text }),
    [store],
  );
  const remove = useCallback(
    (entry: MemoEntry): Promise<Result<unknown>> =>
      entry.memoId
        ? store.deleteMemo(entry.memoId)
        : store.updateCoding(entry.codingId as NonNullable<MemoEntry['codingId']>, { memo: '' }),
    [store],
  );
  const open = useCallback(
    (entry: MemoEntry) => {
      if (entry.kind === 'document' || entry.kind === 'coding') {
        if (entry.documentId) openTranscript(entry.documentId, entry.range);
      } else if (entry.kind === 'code') {
        requestFocus('codebook', entry.targetId as CodeId);
        setView('codebook');
      } else if (entry.kind === 'case') {
        requestFocus('cases', entry.targetId as CaseId);
        setView('cases');
      }
    },
    [openTranscript, setView],
  );
  return { entries, inScope, scoped: scope.setId !== null, create, save, remove, open };
}
