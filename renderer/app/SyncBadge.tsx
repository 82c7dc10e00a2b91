import { useI18n } from '../hooks/use-i18n';
import { useSyncEngine, useSyncStatus } from '../hooks/use-sync';
import { useWorkspace } from '../hooks/use-workspace';

/**
 * A shared project's sync state in the top bar, seen from every view: a researcher coding in the
 * workspace must know that she is offline with changes waiting, not only on the Sharing page.
 * Not a live region: the Sharing view's status is the one that speaks; this one is a button
 * that opens it, its name carrying the state.
 */
export function SyncBadge() {
  const { t, n } = useI18n();
  const engine = useSyncEngine();
  const status = useSyncStatus(engine);
  const workspace = useWorkspace();
  if (!engine || !status) return null;
  const state = t(`sync.state.${status.state}`);
  const text =
    status.unsent > 0 ? `${state} · ${t('syncBadge.unsent', { count: n(status.unsent) })}` : state;
  return (
    <button
      type="button"
      className={`sync-badge sync-badge-${status.state}`}
      aria-label={t('syncBadge.label', { state: text })}
      onClick={() => workspace.setView('sharing')}
    >
      <span aria-hidden="true" className="sync-badge-dot" />
      {text}
    </button>
  );
}
