import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DocumentMeta } from '../../../shared/model';
import type { Result } from '../../../shared/model/snapshot';
import { useI18n } from '../../hooks/use-i18n';

interface PasteDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreate: (text: string, title: string) => Promise<Result<DocumentMeta>>;
}

/** "Paste text as a new document": a modal with a title and a large text area. */
export function PasteDialog({ open, onClose, onCreate }: PasteDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await onCreate(text, title);
    if (!r.ok) {
      setError(r.reason);
      return;
    }
    setTitle('');
    setText('');
    setError(null);
    onClose();
  }

  return (
    <dialog
      ref={ref}
      className="paste-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{t('documents.pasteTitle')}</h2>
        <div className="field wide">
          <label htmlFor={`${titleId}-t`}>{t('documents.pasteDocTitle')}</label>
          <input
            id={`${titleId}-t`}
            type="text"
            dir="auto"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor={`${titleId}-x`}>{t('documents.pasteText')}</label>
          <textarea
            id={`${titleId}-x`}
            dir="auto"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('documents.cancel')}
          </button>
          <button type="submit" className="btn primary">
            {t('documents.pasteCreate')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
