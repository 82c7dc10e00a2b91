// The memo manager's data and actions: every memo as a row (renderer/views/memos/memo-entries),
// create/edit/delete through the store (one undo step each), and "open the target".
import { useCallback, useMemo } from 'react';
import type { CaseId, CodeId, Memo, MemoTarget } from '../../shared/model';
import type { Result } from '../../shared/model/snapshot';
import { memoEntries, type MemoEntry } from '../../shared/analysis/memo-entries';
import { requestFocus } from './use-memos-focus';
import { useOpenTranscript } from './use-document-navigation';
import { useProjectState, useProjectStore } from './use-project-store';
import { useWorkspace } from './use-workspace';

export interface MemoActions {
  readonly entries: readonly MemoEntry[];
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
  return { entries, create, save, remove, open };
}
