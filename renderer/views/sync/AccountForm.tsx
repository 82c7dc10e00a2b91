// The Sharing panel's two account forms — publish this project, join a shared one — as ONE form
// with a mode: the same address field (a server for publish, a project address for join), the
// same account fields, the same busy state and the same way of showing a refusal.
import { useState } from 'react';
import type { Result } from '../../../shared/model/snapshot';
import { useI18n } from '../../hooks/use-i18n';
import { failureOf } from '../../hooks/use-sync-actions';
import { translateFailure } from '../../i18n/errors';
import { FormMessage } from '../shared-forms/FormMessage';

export type AccountFormMode = 'publish' | 'join';

const TEXT = {
  publish: {
    title: 'sync.publishTitle',
    address: 'sync.server',
    submit: 'sync.publish',
    hint: null,
    initial: 'http://127.0.0.1:5984',
  },
  join: {
    title: 'sync.joinTitle',
    address: 'sync.address',
    submit: 'sync.join',
    hint: 'sync.addressHint',
    initial: '',
  },
} as const;

/**
 * Runs the submit with a busy flag and a refusal shown in the form, whatever the outcome: an
 * ok result goes to `onDone`, a refusal or a throw becomes the alert (never an unhandled rejection).
 */
export function useSubmit<T>(onDone: (data: T) => void) {
  const { locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (run: () => Promise<Result<T>>) => {
    setBusy(true);
    setProblem(null);
    void run().then(
      (r) => {
        setBusy(false);
        if (!r.ok) setProblem(translateFailure(r, locale));
        else onDone(r.data);
      },
      (err: unknown) => {
        setBusy(false);
        setProblem(translateFailure(failureOf(err), locale));
      },
    );
  };
  return { busy, problem, submit };
}

export function AccountForm<T>({
  mode,
  run,
  onDone,
}: {
  mode: AccountFormMode;
  /** The action: publish to `address` as a server URL, or join the project at `address`. */
  run: (address: string, user: string, password: string) => Promise<Result<T>>;
  onDone: (data: T) => void;
}) {
  const { t } = useI18n();
  const text = TEXT[mode];
  const [address, setAddress] = useState<string>(text.initial);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const { busy, problem, submit } = useSubmit(onDone);
  const id = `sync-${mode}`;
  return (
    <form
      className="panel"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit(() => run(address, user, password));
      }}
    >
      <h2 id={`${id}-title`}>{t(text.title)}</h2>
      <div className="field">
        <label htmlFor={`${id}-address`}>{t(text.address)}</label>
        <input
          id={`${id}-address`}
          dir="ltr"
          type={mode === 'publish' ? 'url' : 'text'}
          {...(text.hint ? { 'aria-describedby': `${id}-address-hint` } : {})}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        {text.hint && <small id={`${id}-address-hint`}>{t(text.hint)}</small>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('sync.account')}</label>
        <input
          id={`${id}-user`}
          type="text"
          dir="ltr"
          autoComplete="username"
          value={user}
          onChange={(e) => setUser(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('sync.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          dir="ltr"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" className="btn primary" disabled={busy || !user || !address}>
          {busy ? t('sync.working') : t(text.submit)}
        </button>
      </div>
      <FormMessage message={problem ? { ok: false, text: problem } : null} />
    </form>
  );
}
