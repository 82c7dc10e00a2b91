import { useState } from 'react';
import type { ProjectStore } from '../../../shared/store/project-store';
import type { ConflictEntry } from '../../../shared/sync/conflicts';
import type { RowDoc } from '../../../shared/sync/docs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../hooks/use-i18n';
import { useConflicts, useConnected, useSyncStatus } from '../../hooks/use-sync';
import { useSyncActions } from '../../hooks/use-sync-actions';
import { useSyncActivity } from '../../hooks/use-sync-activity';
import { translateFailure } from '../../i18n/errors';
import { isolate } from '../../i18n/reason-tools';
import type { SyncConfig } from '../../sync/sync-config';
import type { SyncEngine } from '../../sync/sync-engine';
import type { Result } from '../../../shared/model/snapshot';
import { failureOf } from '../../hooks/use-sync-actions';
import { FormMessage } from '../shared-forms/FormMessage';
import { ActivityFeed } from './ActivityFeed';
import { RestoredCodes } from './RestoredCodes';

/**
 * A shared project: its status, who is connected, codes restored for review, what everyone
 * changed lately, members, conflicts, and leaving.
 */
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
  const activity = useSyncActivity(engine);
  const actions = useSyncActions();
  const [member, setMember] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const address = `${config.url}/${config.db}`;
  // Latin addresses and account names stay whole inside a Persian sentence.
  const listSeparator = locale === 'fa' ? '، ' : ', ';
  const [confirming, setConfirming] = useState(false);
  const [leaveProblem, setLeaveProblem] = useState<string | null>(null);
  // Leaving deletes the local replica, which holds the unsent queue: say what would be lost.
  const unsent = status?.unsent ?? 0;
  const onLeave = () => {
    setConfirming(false);
    setLeaveProblem(null);
    actions.leave(store.projectId).then(
      (r) => (r.ok ? onLeft() : setLeaveProblem(translateFailure(r, locale))),
      (e: unknown) => setLeaveProblem(translateFailure(failureOf(e), locale)),
    );
  };
  return (
    <div className="sync-shared">
      <section className="panel" aria-labelledby="sync-here-title">
        <h2 id="sync-here-title">{t('sync.here')}</h2>
        <p>{t('sync.sharedAt', { address: isolate(address), user: isolate(config.user) })}</p>
        <output className="sync-address" dir="ltr">
          {address}
        </output>
        <p
          role="status"
          aria-label={t('sync.status')}
          className={`sync-status sync-${status?.state ?? 'syncing'}`}
        >
          {t(`sync.state.${status?.state ?? 'syncing'}`)}
          {status && status.unsent > 0
            ? ` · ${status.unsent === 1 ? t('sync.unsentOne') : t('sync.unsent', { count: n(status.unsent) })}`
            : ''}
        </p>
        {status?.error && (
          <p role="alert" className="banner error">
            {translateFailure(status.error, locale)}
          </p>
        )}
        {status && !status.leader && <p className="sync-elsewhere">{t('sync.elsewhere')}</p>}
      </section>

      <section className="panel" aria-labelledby="sync-connected-title">
        <h2 id="sync-connected-title">{t('sync.connected')}</h2>
        {people.length ? (
          <ul aria-label={t('sync.connected')}>
            {people.map((p) => (
              <li key={p.name}>
                <bdi>{p.name}</bdi>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('sync.nobody')}</p>
        )}
      </section>

      <RestoredCodes entries={activity} />
      <ActivityFeed entries={activity ?? []} />

      <form
        className="panel"
        aria-labelledby="sync-members-title"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.addMember(config, member).then(
            (r) => {
              setNote(
                r.ok
                  ? t('sync.memberAdded', { names: r.data.map(isolate).join(listSeparator) })
                  : translateFailure(r, locale),
              );
              if (r.ok) setMember('');
            },
            (e: unknown) => setNote(translateFailure(failureOf(e), locale)),
          );
        }}
      >
        <h2 id="sync-members-title">{t('sync.members')}</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="sync-member">{t('sync.memberName')}</label>
            <input
              id="sync-member"
              type="text"
              dir="ltr"
              value={member}
              onChange={(e) => setMember(e.target.value)}
            />
          </div>
          <button type="submit" className="btn primary" disabled={!member.trim()}>
            {t('sync.addMember')}
          </button>
        </div>
        {note && <p role="note">{note}</p>}
      </form>

      {engine && <Conflicts store={store} engine={engine} />}

      <section className="panel" aria-labelledby="sync-leave-title">
        <h2 id="sync-leave-title">{t('sync.leaveSection')}</h2>
        <button type="button" className="btn danger sync-leave" onClick={() => setConfirming(true)}>
          {t('sync.leave')}
        </button>
        <FormMessage message={leaveProblem ? { ok: false, text: leaveProblem } : null} />
      </section>
      <ConfirmDialog
        open={confirming}
        title={t('sync.leaveTitle')}
        body={
          unsent === 0
            ? t('sync.leaveBody')
            : unsent === 1
              ? t('sync.leaveUnsentOne')
              : t('sync.leaveUnsent', { count: n(unsent) })
        }
        confirmLabel={unsent ? t('sync.leaveAnyway') : t('sync.leaveConfirm')}
        {...(unsent ? { cancelLabel: t('sync.staySync') } : {})}
        danger
        onConfirm={onLeave}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

function label(d: RowDoc): string {
  const row = d.row as { name?: string; title?: string } | undefined;
  return row?.name ?? row?.title ?? '';
}

function Conflicts({ store, engine }: { store: ProjectStore; engine: SyncEngine }) {
  const { t, locale } = useI18n();
  const { conflicts, refresh } = useConflicts(engine);
  const actions = useSyncActions();
  const [problem, setProblem] = useState<string | null>(null);
  const done = (r: Result<unknown> | void) => {
    setProblem(r && !r.ok ? translateFailure(r, locale) : null);
    refresh();
  };
  const broke = (e: unknown) => setProblem(translateFailure(failureOf(e), locale));
  const one = (c: ConflictEntry) => (
    <li key={c.docId}>
      <p>
        {t(c.table === 'memos' ? 'sync.conflict.memo' : 'sync.conflict.code', {
          winner: isolate(label(c.winner)),
          by: isolate(c.winner.by ?? '?'),
        })}
      </p>
      {c.losers.map((l) => (
        <p key={l._rev}>
          {t('sync.losing', { name: isolate(label(l)), by: isolate(l.by ?? '?') })}{' '}
          <button
            type="button"
            onClick={() => void actions.keepLosing(store, engine, c, l).then(done, broke)}
          >
            {t('sync.keepLosing', { name: isolate(label(l)) })}
          </button>{' '}
          <button
            type="button"
            onClick={() => void actions.dismissConflict(engine, c).then(done, broke)}
          >
            {t('sync.dismiss', { name: isolate(label(c.winner)) })}
          </button>
        </p>
      ))}
    </li>
  );
  return (
    <section className="panel" aria-labelledby="sync-conflicts">
      <h2 id="sync-conflicts">{t('sync.conflicts')}</h2>
      {conflicts.length ? (
        <ul aria-labelledby="sync-conflicts">{conflicts.map(one)}</ul>
      ) : (
        <p>{t('sync.noConflicts')}</p>
      )}
      <FormMessage message={problem ? { ok: false, text: problem } : null} />
    </section>
  );
}
