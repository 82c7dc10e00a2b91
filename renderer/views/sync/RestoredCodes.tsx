// Codes a replica brought back after someone deleted them while codings still used them
// (shared/sync/orphans.ts): listed for review and announced, never silent.
import { useEffect, useId, useRef } from 'react';
import type { ActivityEntry } from '../../../shared/sync/activity';
import { announce } from '../../app/LiveAnnouncer';
import { useI18n } from '../../hooks/use-i18n';
import { isolate } from '../../i18n/reason-tools';

/** `entries`: the feed, or null while it is still being read. */
export function RestoredCodes({ entries }: { entries: readonly ActivityEntry[] | null }) {
  const { t } = useI18n();
  const id = useId();
  const restored = (entries ?? []).flatMap((e) =>
    e.what.kind === 'codeRestored' ? [{ ...e.what, by: e.by, key: e.id }] : [],
  );
  const sentence = (r: (typeof restored)[number]) =>
    t('sync.restored.item', {
      code: isolate(r.code),
      deletedBy: isolate(r.deletedBy),
      by: isolate(r.by),
    });
  // Announce the restores that arrive while the panel is open (not those listed on opening).
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    const keys = restored.map((r) => r.key);
    if (seen.current) {
      const fresh = restored.filter((r) => !seen.current?.has(r.key));
      if (fresh.length) announce(fresh.map(sentence).join(' '));
    }
    if (entries) seen.current = new Set(keys);
  });
  if (!restored.length) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="panel sync-restored">
      <h2 id={`${id}-title`}>{t('sync.restored.title')}</h2>
      <ul aria-labelledby={`${id}-title`}>
        {restored.map((r) => (
          <li key={r.key}>{sentence(r)}</li>
        ))}
      </ul>
    </section>
  );
}
