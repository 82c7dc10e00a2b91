import { useI18n } from '../hooks/use-i18n';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A modal confirmation on the native <dialog>: focus trap, Escape and role="dialog" for free. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const { open, onCancel } = props;

  return (
    <Modal open={open} title={props.title} onCancel={onCancel}>
      <p>{props.body}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel} autoFocus>
          {props.cancelLabel ?? t('projects.cancel')}
        </button>
        <button
          type="button"
          className={props.danger ? 'btn danger solid' : 'btn primary'}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
