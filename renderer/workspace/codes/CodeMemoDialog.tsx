import { useEffect, useRef, useState } from 'react';
import type { Code, MemoId } from '../../../shared/model';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../hooks/use-i18n';
import { useMemos } from '../../hooks/use-memos';
import { translateFailure, type Refusal } from '../../i18n/errors';
import { MemoEditor } from '../../views/memos/MemoEditor';

interface CodeMemoDialogProps {
  readonly code: Code;
  /** Called once the dialog is closed; the caller puts the focus back. */
  readonly onClose: () => void;
}

/**
 * A code's memo from the code system: the memo manager's own editor, in a dialog. A code without
 * a memo gets one when the dialog opens (as "New memo" in the manager does), and loses it again
 * if the dialog closes with it still empty, so a look leaves nothing behind.
 */
export function CodeMemoDialog({ code, onClose }: CodeMemoDialogProps) {
  const { t, locale } = useI18n();
  const memos = useMemos();
  const entry = memos.entries.find((e) => e.kind === 'code' && e.targetId === code.id);
  const [error, setError] = useState<Refusal | null>(null);
  const made = useRef<MemoId | null>(null);
  const asked = useRef(false);
  const { create } = memos;

  useEffect(() => {
    if (entry || asked.current) return;
    asked.current = true;
    void create({ kind: 'code', id: code.id }, '', '').then((r) => {
      if (r.ok) made.current = r.data.id;
      else setError(r);
    });
  }, [entry, create, code.id]);

  const close = () => {
    if (entry && entry.memoId === made.current && !entry.title.trim() && !entry.text.trim()) {
      void memos.remove(entry);
    }
    onClose();
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
      onCancel={close}
    >
      {error && (
        <p role="alert" className="banner error">
          {translateFailure(error, locale)}
        </p>
      )}
      {entry ? (
        // Keyed by the memo: a memo made while the dialog opened starts its editor afresh.
        <MemoEditor
          key={entry.key}
          entry={entry}
          onSave={memos.save}
          onDelete={(e) =>
            memos.remove(e).then((r) => {
              if (r.ok) onClose();
              return r;
            })
          }
          onClose={close}
        />
      ) : (
        !error && (
          <p className="muted" role="status">
            {t('workspace.codes.memoOpening')}
          </p>
        )
      )}
    </Modal>
  );
}
