import { useI18n } from '../../hooks/use-i18n';

/** The words tab of the analysis view: not built yet. */
export function WordsPanel() {
  const { t } = useI18n();
  return <p className="muted">{t('analysis.notYet')}</p>;
}
