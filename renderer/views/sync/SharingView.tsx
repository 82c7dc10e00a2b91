import { useState } from 'react';
import { useStoreStatus } from '../../hooks/use-project-store';
import { useI18n } from '../../hooks/use-i18n';
import { useSyncActions } from '../../hooks/use-sync-actions';
import { useSyncConfig, useSyncEngine } from '../../hooks/use-sync';
import { useWorkspace } from '../../hooks/use-workspace';
import { isolate } from '../../i18n/reason-tools';
import type { SyncSettings } from '../../sync/sync-config';
import { FormMessage } from '../shared-forms/FormMessage';
import { AccountForm, useSubmit } from './AccountForm';
import { SharedProject } from './SharedProject';
import './sync.css';

/** Sharing a project through a sync server: publish, join, then status, people and conflicts. */
export function SharingView() {
  const { t } = useI18n();
  const { projectId } = useWorkspace();
  const status = useStoreStatus();
  const store = status.kind === 'ready' ? status.store : null;
  const { config, reload } = useSyncConfig(projectId);
  const engine = useSyncEngine();
  return (
    <section className="sync" aria-labelledby="sync-title">
      <header className="view-head">
        <h1 id="sync-title">{t('sync.title')}</h1>
        <p className="muted">{t('sync.hint')}</p>
      </header>
      {store && config && config.password === null ? (
        <UnlockForm config={config} onDone={reload} />
      ) : store && config && config.password !== null ? (
        <SharedProject
          store={store}
          config={{ ...config, password: config.password }}
          engine={engine?.store === store ? engine : null}
          onLeft={reload}
        />
      ) : store ? (
        <PublishForm onDone={reload} />
      ) : (
        <p className="panel">{t('sync.needsProject')}</p>
      )}
      <JoinForm />
    </section>
  );
}

function PublishForm({ onDone }: { onDone: () => void }) {
  const status = useStoreStatus();
  const actions = useSyncActions();
  if (status.kind !== 'ready') return null;
  const store = status.store;
  return (
    <AccountForm
      mode="publish"
      run={(url, user, password) => actions.publish(store, { url, user, password })}
      onDone={onDone}
    />
  );
}

/** Web build after a restart: the password again (kept in memory only), then sync resumes. */
function UnlockForm({ config, onDone }: { config: SyncSettings; onDone: () => void }) {
  const { t } = useI18n();
  const status = useStoreStatus();
  const actions = useSyncActions();
  const [password, setPassword] = useState('');
  const { busy, problem, submit } = useSubmit(onDone);
  if (status.kind !== 'ready') return null;
  const store = status.store;
  return (
    <form
      className="panel"
      aria-labelledby="sync-unlock-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit(() => actions.unlock(store, password));
      }}
    >
      <h2 id="sync-unlock-title">{t('sync.unlockTitle')}</h2>
      <p>
        {t('sync.unlockHint', {
          address: isolate(`${config.url}/${config.db}`),
          user: isolate(config.user),
        })}
      </p>
      <div className="field">
        <label htmlFor="sync-unlock-password">{t('sync.password')}</label>
        <input
          id="sync-unlock-password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" className="btn primary" disabled={busy || !password}>
          {busy ? t('sync.working') : t('sync.unlock')}
        </button>
      </div>
      <FormMessage message={problem ? { ok: false, text: problem } : null} />
    </form>
  );
}

function JoinForm() {
  const { openProject } = useWorkspace();
  const actions = useSyncActions();
  return (
    <AccountForm
      mode="join"
      run={(address, user, password) => actions.join(address, user, password)}
      onDone={(id) => openProject(id, 'sharing')}
    />
  );
}
