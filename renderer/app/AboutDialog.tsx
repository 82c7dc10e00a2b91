import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../hooks/use-i18n';

export function AboutDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('about.title')}</h2>
      <p>{t('about.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </dialog>
  );
}
