import { useI18n } from '../hooks/use-i18n';
import { dismissStorageAlert, useStorageAlert } from '../hooks/use-storage-alert';
import { translateFailure } from '../i18n/errors';

/** Shows a storage failure in plain words, whatever view is open. */
export function StorageAlertBanner() {
  const { t, locale } = useI18n();
  const alert = useStorageAlert();
  if (!alert) return null;
  const message =
    alert.kind === 'quota'
      ? t('error.quota')
      : alert.kind === 'version'
        ? t('error.newer')
        : t('error.storage');
  return (
    <div role="alert" className="banner error">
      <strong>{message}</strong>
      <details>
        <summary>{t('error.details')}</summary>
        <p dir="auto">{translateFailure(alert.detail, locale)}</p>
      </details>
      <button type="button" className="btn small" onClick={dismissStorageAlert}>
        {t('dialog.close')}
      </button>
    </div>
  );
}
