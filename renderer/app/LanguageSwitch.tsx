import { useI18n } from '../hooks/use-i18n';
import { LOCALES, isLocale } from '../i18n/locales';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="row" style={{ alignItems: 'center' }}>
      <span className="visually-hidden">{t('lang.label')}</span>
      <select
        aria-label={t('lang.label')}
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
        style={{ minInlineSize: 'auto' }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(l === 'en' ? 'lang.en' : 'lang.fa')}
          </option>
        ))}
      </select>
    </label>
  );
}
