import { useState } from 'react';
import { useStoreStatus } from '../../hooks/use-project-store';
import { useI18n } from '../../hooks/use-i18n';
import { failureOf, useSyncActions } from '../../hooks/use-sync-actions';
import { useSyncConfig, useSyncEngine } from '../../hooks/use-sync';
import { useWorkspace } from '../../hooks/use-workspace';
import { translateFailure } from '../../i18n/errors';
import { isolate } from '../../i18n/reason-tools';
import type { SyncSettings } from '../../sync/sync-config';
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
    <section className="panel sync" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p className="hint">{t('sync.hint')}</p>
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
        <p>{t('sync.needsProject')}</p>
      )}
      <JoinForm />
    </section>
  );
}

function AccountFields({
  prefix,
  user,
  setUser,
  password,
  setPassword,
}: {
  prefix: string;
  user: string;
  setUser: (v: string) => void;
  password: string;
  setPassword: (v: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-user`}>{t('sync.account')}</label>
        <input
          id={`${prefix}-user`}
          dir="ltr"
          autoComplete="username"
          value={user}
          onChange={(e) => setUser(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-password`}>{t('sync.password')}</label>
        <input
          id={`${prefix}-password`}
          type="password"
          dir="ltr"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
    </>
  );
}

function PublishForm({ onDone }: { onDone: () => void }) {
  const { t, locale } = useI18n();
  const status = useStoreStatus();
  const actions = useSyncActions();
  const [url, setUrl] = useState('http://127.0.0.1:5984');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (status.kind !== 'ready') return null;
  const store = status.store;
  return (
    <form
      aria-labelledby="sync-publish-title"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setProblem(null);
        void actions.publish(store, { url, user, password }).then(
          (r) => {
            setBusy(false);
            if (!r.ok) setProblem(translateFailure(r, locale));
            else onDone();
          },
          (err: unknown) => {
            setBusy(false);
            setProblem(translateFailure(failureOf(err), locale));
          },
        );
      }}
    >
      <h3 id="sync-publish-title">{t('sync.publishTitle')}</h3>
      <div className="field">
        <label htmlFor="sync-url">{t('sync.server')}</label>
        <input
          id="sync-url"
          dir="ltr"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      <AccountFields
        prefix="sync-pub"
        user={user}
        setUser={setUser}
        password={password}
        setPassword={setPassword}
      />
      <button type="submit" disabled={busy || !user}>
        {busy ? t('sync.working') : t('sync.publish')}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}

/** Web build after a restart: the password again (kept in memory only), then sync resumes. */
function UnlockForm({ config, onDone }: { config: SyncSettings; onDone: () => void }) {
  const { t, locale } = useI18n();
  const status = useStoreStatus();
  const actions = useSyncActions();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (status.kind !== 'ready') return null;
  const store = status.store;
  return (
    <form
      aria-labelledby="sync-unlock-title"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setProblem(null);
        void actions.unlock(store, password).then(
          (r) => {
            setBusy(false);
            if (!r.ok) setProblem(translateFailure(r, locale));
            else onDone();
          },
          (err: unknown) => {
            setBusy(false);
            setProblem(translateFailure(failureOf(err), locale));
          },
        );
      }}
    >
      <h3 id="sync-unlock-title">{t('sync.unlockTitle')}</h3>
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
      <button type="submit" disabled={busy || !password}>
        {busy ? t('sync.working') : t('sync.unlock')}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}

function JoinForm() {
  const { t, locale } = useI18n();
  const { openProject } = useWorkspace();
  const actions = useSyncActions();
  const [address, setAddress] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      aria-labelledby="sync-join-title"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setProblem(null);
        void actions.join(address, user, password).then(
          (r) => {
            setBusy(false);
            if (!r.ok) setProblem(translateFailure(r, locale));
            else openProject(r.data, 'sharing');
          },
          (err: unknown) => {
            setBusy(false);
            setProblem(translateFailure(failureOf(err), locale));
          },
        );
      }}
    >
      <h3 id="sync-join-title">{t('sync.joinTitle')}</h3>
      <div className="field">
        <label htmlFor="sync-address">{t('sync.address')}</label>
        <input
          id="sync-address"
          dir="ltr"
          aria-describedby="sync-address-hint"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        <small id="sync-address-hint">{t('sync.addressHint')}</small>
      </div>
      <AccountFields
        prefix="sync-join"
        user={user}
        setUser={setUser}
        password={password}
        setPassword={setPassword}
      />
      <button type="submit" disabled={busy || !address || !user}>
        {busy ? t('sync.working') : t('sync.join')}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}
