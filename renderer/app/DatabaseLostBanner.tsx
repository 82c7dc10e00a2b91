import { useI18n } from '../hooks/use-i18n';

/**
 * The database was closed under the app (data/database.ts): every later change would fail, so
 * say it once, plainly, and offer the reload that lets start-up look at what is left.
 */
export function DatabaseLostBanner() {
  const { t } = useI18n();
  return (
    <section role="alert" aria-labelledby="lost-title" className="banner error">
      <h2 id="lost-title">{t('lost.title')}</h2>
      <p>{t('lost.body')}</p>
      <button type="button" className="btn" onClick={() => globalThis.location?.reload()}>
        {t('lost.reload')}
      </button>
    </section>
  );
}
