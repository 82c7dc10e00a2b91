import { useI18n } from '../../hooks/use-i18n';

/**
 * The buttons of both normalize dialogs (a document's text, the code names): Cancel and Normalize
 * while there is something to apply, else Close.
 */
export function NormalizeDialogActions(props: {
  readonly pending: boolean;
  readonly busy: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="dialog-actions">
      {props.pending ? (
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('textcheck.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={props.busy}>
            {t('textcheck.normalizeApply')}
          </button>
        </>
      ) : (
        <button type="button" className="btn primary" onClick={props.onClose}>
          {t('textcheck.normalizeClose')}
        </button>
      )}
    </div>
  );
}
