import { useState } from 'react';
import { useBackupList } from '../hooks/use-exchange-backups';
import { useI18n } from '../hooks/use-i18n';
import { useWorkspace } from '../hooks/use-workspace';
import { translateFailure } from '../i18n/errors';
import type { Failure } from '../../shared/model/snapshot';

/**
 * Shown instead of a re-seeded sample when the projects this profile had are gone: says so
 * plainly, names the newest backup that survived, and lets the researcher choose what next.
 */
export function VanishedNotice() {
  const { t, locale } = useI18n();
  const workspace = useWorkspace();
  const backups = useBackupList();
  // The refusal itself, translated when shown, so a language switch translates it again.
  const [error, setError] = useState<Failure | null>(null);
  const newest = backups.entries?.[0] ?? null;
  const date = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  async function sample() {
    const reason = await workspace.openSample();
    setError(reason);
  }

  return (
    <section role="alert" aria-labelledby="vanished-title" className="banner error vanished">
      <h2 id="vanished-title">{t('vanished.title')}</h2>
      <p>{t('vanished.body')}</p>
      <p>
        {newest
          ? t('vanished.newest', {
              name: newest.name,
              date: date.format(new Date(newest.createdAt)),
            })
          : t('vanished.noBackup')}
      </p>
      <button type="button" className="btn" onClick={() => workspace.setView('exchange')}>
        {t('vanished.restore')}
      </button>{' '}
      <button type="button" className="btn" onClick={() => void sample()}>
        {t('vanished.sample')}
      </button>
      {error && <p dir="auto">{translateFailure(error, locale)}</p>}
    </section>
  );
}
