import { useId, useState, type FormEvent } from 'react';
import type { DocumentMeta } from '../../../shared/model';
import type { Result } from '../../../shared/model/snapshot';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../hooks/use-i18n';
import { translateFailure, type Refusal } from '../../i18n/errors';

interface PasteDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Resolves to null when the text went to the import check first (the dialog closes). */
  readonly onCreate: (text: string, title: string) => Promise<Result<DocumentMeta | null>>;
}

/** "Paste text as a new document": a modal with a title and a large text area. */
export function PasteDialog({ open, onClose, onCreate }: PasteDialogProps) {
  const { t, locale } = useI18n();
  const fieldId = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<Refusal | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await onCreate(text, title);
    if (!r.ok) {
      setError(r);
      return;
    }
    setTitle('');
    setText('');
    setError(null);
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('documents.pasteTitle')}
      className="paste-dialog"
      onCancel={onClose}
      onSubmit={(e) => void submit(e)}
    >
      <div className="field wide">
        <label htmlFor={`${fieldId}-t`}>{t('documents.pasteDocTitle')}</label>
        <input
          id={`${fieldId}-t`}
          type="text"
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field wide">
        <label htmlFor={`${fieldId}-x`}>{t('documents.pasteText')}</label>
        <textarea
          id={`${fieldId}-x`}
          dir="auto"
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="error-text">
          {translateFailure(error, locale)}
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
    </Modal>
  );
}
