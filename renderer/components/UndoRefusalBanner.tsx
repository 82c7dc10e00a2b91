import { useI18n } from '../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../hooks/use-project-store';
import { translateFailure } from '../i18n/errors';

/**
 * Why the last undo or redo was refused (another window changed what it would overwrite),
 * however it was asked for: a button, Ctrl+Z or the menu. Those callers ignore the result, so
 * the store keeps the reason in its state and this banner shows it.
 */
export function UndoRefusalBanner() {
  const { t, locale } = useI18n();
  const store = useProjectStore();
  const { undoRefusal } = useProjectState();
  if (!undoRefusal) return null;
  return (
    <div role="alert" className="banner error">
      <span dir="auto">{translateFailure(undoRefusal, locale)}</span>{' '}
      <button type="button" className="btn small" onClick={() => store.dismissUndoRefusal()}>
        {t('dialog.close')}
      </button>
    </div>
  );
}
