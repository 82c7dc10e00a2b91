import { useRef } from 'react';
import type { MemoEntry } from '../../../shared/analysis/memo-entries';
import type { Code, Memo } from '../../../shared/model';
import { ok, type Result } from '../../../shared/model/snapshot';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../hooks/use-i18n';
import { useMemos } from '../../hooks/use-memos';
import { MemoEditor } from '../../views/memos/MemoEditor';

interface CodeMemoDialogProps {
  readonly code: Code;
  /** Called once the dialog is closed; the caller puts the focus back. */
  readonly onClose: () => void;
}

/** The editor's row for a code that has no memo yet: nothing stored until it is saved. */
function draftOf(code: Code): MemoEntry {
  return {
    key: `draft:${code.id}`,
    kind: 'code',
    memoId: null,
    codingId: null,
    targetId: code.id,
    targetName: code.name,
    documentId: null,
    range: null,
    title: '',
    firstLine: '',
    text: '',
    updatedAt: 0,
  };
}

/**
 * A code's memo from the code system: the memo manager's own editor, in a dialog. A code without
 * a memo is edited as a draft, and the memo is made by the first Save (as "New memo" in the
 * manager makes it by its button): a look — open, close — writes nothing, so it leaves no undo
 * step and no change to replicate.
 */
export function CodeMemoDialog({ code, onClose }: CodeMemoDialogProps) {
  const { t } = useI18n();
  const memos = useMemos();
  const entry = memos.entries.find((e) => e.kind === 'code' && e.targetId === code.id);
  // The first Save's creation, while it runs and after: a second Save pressed before the memo
  // shows up in `entries` edits the memo made, instead of making another.
  const made = useRef<Promise<Result<Memo>> | null>(null);
  const { create, save } = memos;

  const saveMemo = async (_e: MemoEntry, title: string, text: string) => {
    if (entry) return save(entry, title, text);
    if (!made.current) {
      made.current = create({ kind: 'code', id: code.id }, title, text);
      const r = await made.current;
      if (!r.ok) made.current = null;
      return r;
    }
    const r = await made.current;
    return r.ok ? save({ ...draftOf(code), memoId: r.data.id }, title, text) : r;
  };

  return (
    <Modal
      open
      className="ws-memo-dialog"
      title={
        <>
          {t('workspace.codes.memoTitle', { code: '' })}
          <bdi>{code.name}</bdi>
        </>
      }
      onCancel={onClose}
    >
      <MemoEditor
        // Keyed by the code, not the memo: the memo the first Save makes keeps the same editor
        // (and its "saved" message).
        key={code.id}
        entry={entry ?? draftOf(code)}
        onSave={saveMemo}
        onDelete={(e) =>
          // A draft is only thrown away.
          (entry ? memos.remove(e) : Promise.resolve(ok(null))).then((r) => {
            if (r.ok) onClose();
            return r;
          })
        }
        onClose={onClose}
      />
    </Modal>
  );
}
