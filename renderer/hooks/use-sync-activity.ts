// The shared project's activity feed for React: read from the replica when it is written (in
// this window or another of the profile) and when the replica changes — at most once a second
// then, since joining a project changes the replica once per arriving document.
import { useEffect, useState } from 'react';
import type { ActivityEntry } from '../../shared/sync/activity';
import type { SyncEngine } from '../sync/sync-engine';
import { coalesce } from '../sync/coalesce';
import { throttle } from '../sync/throttle';

/** The feed, newest first; null until it has been read once. */
export function useSyncActivity(engine: SyncEngine | null): readonly ActivityEntry[] | null {
  const [list, setList] = useState<readonly ActivityEntry[] | null>(null);
  useEffect(() => {
    if (!engine) return;
    let live = true;
    const read = coalesce(
      () => engine.replica.activity.read().then((l) => live && setList(l)),
      () => live && !engine.isStopped,
    );
    read();
    const offActivity = engine.replica.activity.onChange(read);
    const changed = throttle(read, 1000);
    const offChange = engine.onReplicaChange(changed);
    return () => {
      live = false;
      changed.cancel();
      offActivity();
      offChange();
    };
  }, [engine]);
  return engine ? list : null;
}

/** "now" for relative times, moving on every `ms` while mounted. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}
