import { useCallback } from 'react';
import type { DocumentId, Memo } from '../../shared/model';
import type { Result } from '../../shared/model/snapshot';
import { useProjectState, useProjectStore } from './use-project-store';

export interface DocumentMemo {
  readonly memo: Memo | null;
  /** Creates the memo on first save, updates it afterwards. */
  readonly save: (text: string) => Promise<Result<Memo>>;
}

/** The memo attached to one document (target kind 'document'). */
export function useDocumentMemo(documentId: DocumentId): DocumentMemo {
  const store = useProjectStore();
  const { memos } = useProjectState();
  const memo =
    memos.find((m) => m.target.kind === 'document' && m.target.id === documentId) ?? null;
  const memoId = memo?.id ?? null;
  const save = useCallback(
    (text: string) =>
      memoId
        ? store.updateMemo(memoId, { text })
        : store.createMemo({ target: { kind: 'document', id: documentId }, text }),
    [store, memoId, documentId],
  );
  return { memo, save };
}
