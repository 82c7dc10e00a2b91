import { useState } from 'react';
import { LIMITS } from '../../../shared/ipc';
import type { ProjectId } from '../../../shared/model/ids';
import { backUpProject, useBackupList } from '../../hooks/use-exchange-backups';
import type { ExchangeImport } from '../../hooks/use-exchange-import';
import { useI18n } from '../../hooks/use-i18n';
import { useProjects } from '../../hooks/use-projects';
import { translateFailure, type Refusal } from '../../i18n/errors';

interface BackupsPanelProps {
  readonly projectId: ProjectId | null;
  readonly importer: ExchangeImport;
}

/** The rolling backups, newest first: restoring one goes through the same import preview. */
export function BackupsPanel({ projectId, importer }: BackupsPanelProps) {
  const { t, n, locale } = useI18n();
  const backups = useBackupList();
  const projects = useProjects();
  // The refusal itself is kept, so a language switch translates it again.
  const [message, setMessage] = useState<{ readonly refusal: Refusal } | 'backedUp' | null>(null);
  const date = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const nameOf = (id: string) => projects?.find((p) => p.id === id)?.name ?? id;

  async function backUpNow() {
    if (!projectId) return;
    const r = await backUpProject(projectId);
    setMessage(r.ok ? 'backedUp' : { refusal: r });
    backups.refresh();
  }

  async function restore(name: string) {
    const r = await backups.read(name);
    if (!r.ok) {
      setMessage({ refusal: r });
      return;
    }
    await importer.read(name, new TextEncoder().encode(r.data));
    globalThis.document?.getElementById('exchange-import-title')?.scrollIntoView?.();
  }

  return (
    <section className="panel exchange-backups" aria-labelledby="exchange-backups-title">
      <h2 id="exchange-backups-title">{t('exchange.backups')}</h2>
      <p className="muted">{t('exchange.backupsHint', { keep: n(LIMITS.defaultBackupKeep) })}</p>
      {projectId && (
        <button type="button" className="btn" onClick={() => void backUpNow()}>
          {t('exchange.backupNow')}
        </button>
      )}
      {message && (
        <p role="status" className="muted">
          {message === 'backedUp'
            ? t('exchange.backedUp')
            : translateFailure(message.refusal, locale)}
        </p>
      )}
      {backups.entries === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : backups.entries.length === 0 ? (
        <p className="muted">{t('exchange.noBackups')}</p>
      ) : (
        <ul className="exchange-list backups" aria-label={t('exchange.backupList')}>
          {backups.entries.slice(0, 30).map((b) => {
            const when = date.format(new Date(b.createdAt));
            return (
              <li key={b.name}>
                <div>
                  <bdi className="name">{nameOf(b.projectId)}</bdi>
                  <span className="muted">
                    {' '}
                    · {when} ·{' '}
                    {t('exchange.size', { size: n(Math.max(1, Math.round(b.bytes / 1024))) })}
                  </span>
                </div>
                <button
                  type="button"
                  className="btn small"
                  aria-label={t('exchange.restoreLabel', { date: when })}
                  onClick={() => void restore(b.name)}
                >
                  {t('exchange.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {backups.error && <p className="error-text">{translateFailure(backups.error, locale)}</p>}
    </section>
  );
}
