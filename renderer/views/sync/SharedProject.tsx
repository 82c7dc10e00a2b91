import { useState } from 'react';
import type { ProjectStore } from '../../../shared/store/project-store';
import type { ConflictEntry } from '../../../shared/sync/conflicts';
import type { RowDoc } from '../../../shared/sync/docs';
import { useI18n } from '../../hooks/use-i18n';
import { useConflicts, useConnected, useSyncStatus } from '../../hooks/use-sync';
import { useSyncActions } from '../../hooks/use-sync-actions';
import { translateFailure } from '../../i18n/errors';
import type { SyncConfig } from '../../sync/sync-config';
import type { SyncEngine } from '../../sync/sync-engine';

/** A shared project: its status, who is connected, members, conflicts, and leaving. */
export function SharedProject({
  store,
  config,
  engine,
  onLeft,
}: {
  store: ProjectStore;
  config: SyncConfig;
  engine: SyncEngine | null;
  onLeft: () => void;
}) {
  const { t, n, locale } = useI18n();
  const status = useSyncStatus(engine);
  const people = useConnected(engine);
  const actions = useSyncActions();
  const [member, setMember] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const address = `${config.url}/${config.db}`;
  return (
    <div className="sync-shared">
      <p>{t('sync.sharedAt', { address, user: config.user })}</p>
      <output className="sync-address" dir="ltr">
        {address}
      </output>
      <p
        role="status"
        aria-label={t('sync.status')}
        className={`sync-status sync-${status?.state ?? 'syncing'}`}
      >
        {t(`sync.state.${status?.state ?? 'syncing'}`)}
        {status && status.unsent > 0 ? ` · ${t('sync.unsent', { count: n(status.unsent) })}` : ''}
      </p>
      {status?.error && <p role="alert">{t('sync.error', { reason: status.error })}</p>}

      <h3>{t('sync.connected')}</h3>
      {people.length ? (
        <ul aria-label={t('sync.connected')}>
          {people.map((p) => (
            <li key={p.name} dir="auto">
              {p.name}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('sync.nobody')}</p>
      )}

      <form
        onSubmit={(e) => {
          e.preventDefault();
          void actions.addMember(config, member).then((r) => {
            setNote(
              r.ok
                ? t('sync.memberAdded', { names: r.data.join(', ') })
                : translateFailure(r, locale),
            );
            if (r.ok) setMember('');
          });
        }}
      >
        <h3>{t('sync.members')}</h3>
        <div className="field">
          <label htmlFor="sync-member">{t('sync.memberName')}</label>
          <input
            id="sync-member"
            dir="ltr"
            value={member}
            onChange={(e) => setMember(e.target.value)}
          />
        </div>
        <button type="submit" disabled={!member.trim()}>
          {t('sync.addMember')}
        </button>
        {note && <p role="note">{note}</p>}
      </form>

      {engine && <Conflicts store={store} engine={engine} />}

      <button
        type="button"
        className="sync-leave"
        onClick={() => void actions.leave(store.projectId).then(onLeft)}
      >
        {t('sync.leave')}
      </button>
    </div>
  );
}

function label(d: RowDoc): string {
  const row = d.row as { name?: string; title?: string } | undefined;
  return row?.name ?? row?.title ?? '';
}

function Conflicts({ store, engine }: { store: ProjectStore; engine: SyncEngine }) {
  const { t } = useI18n();
  const status = useSyncStatus(engine);
  const { conflicts, refresh } = useConflicts(engine, status);
  const actions = useSyncActions();
  const db = engine.replica.db;
  const one = (c: ConflictEntry) => (
    <li key={c.docId}>
      <p>
        {t(c.table === 'memos' ? 'sync.conflict.memo' : 'sync.conflict.code', {
          winner: label(c.winner),
          by: c.winner.by ?? '?',
        })}
      </p>
      {c.losers.map((l) => (
        <p key={l._rev}>
          {t('sync.losing', { name: label(l), by: l.by ?? '?' })}{' '}
          <button
            type="button"
            onClick={() => void actions.keepLosing(store, db, c, l).then(refresh)}
          >
            {t('sync.keepLosing', { name: label(l) })}
          </button>{' '}
          <button type="button" onClick={() => void actions.dismissConflict(db, c).then(refresh)}>
            {t('sync.dismiss', { name: label(c.winner) })}
          </button>
        </p>
      ))}
    </li>
  );
  return (
    <section aria-labelledby="sync-conflicts">
      <h3 id="sync-conflicts">{t('sync.conflicts')}</h3>
      {conflicts.length ? (
        <ul aria-labelledby="sync-conflicts">{conflicts.map(one)}</ul>
      ) : (
        <p>{t('sync.noConflicts')}</p>
      )}
    </section>
  );
}
