import { useI18n } from '../../hooks/use-i18n';

/** The crosstab tab of the analysis view: not built yet. */
export function CrosstabPanel() {
  const { t } = useI18n();
  return <p className="muted">{t('analysis.notYet')}</p>;
}
