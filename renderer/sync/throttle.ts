// At most one call per `ms`, the last request never dropped: a first sync fires a change per
// arriving document, and what listens (the activity feed, the unsent list) needs one read or
// write a second, not twenty thousand.
export interface Throttled {
  (): void;
  /** Runs a pending call now (closing, pausing). */
  flush(): void;
  /** Drops a pending call (unmounted). */
  cancel(): void;
}

export function throttle(fn: () => void, ms: number): Throttled {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  let last = -Infinity;
  const run = () => {
    timer = null;
    pending = false;
    last = Date.now();
    fn();
  };
  const call = (() => {
    pending = true;
    if (timer) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  }) as Throttled;
  call.flush = () => {
    if (timer) clearTimeout(timer);
    if (pending) run();
    else timer = null;
  };
  call.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = false;
  };
  return call;
}
