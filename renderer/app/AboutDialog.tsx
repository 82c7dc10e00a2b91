import { Modal } from '../components/Modal';
import { useI18n } from '../hooks/use-i18n';

export function AboutDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal open={open} title={t('about.title')} onCancel={onClose}>
      <p>{t('about.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </Modal>
  );
}
