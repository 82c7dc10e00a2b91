// Storage failures a researcher must understand: a full disk is not "an error occurred", and
// never "some of its ids already exist".

/** 'quota': the disk (or the browser's share of it) is full. */
export type StorageFailureKind = 'quota' | 'version' | 'other';

// What browsers and Node say when there is no room: Chromium's FILE_ERROR_NO_SPACE and its
// blob writer's "Failed to write blobs (IOError)", LevelDB's "No space left on device", POSIX
// ENOSPC, Firefox's NS_ERROR_FILE_NO_DEVICE_SPACE, Windows' "There is not enough space".
const NO_SPACE =
  /quota|no[ _-]?space|disk (is )?full|full disk|not enough (disk )?space|ENOSPC|FILE_ERROR_NO_SPACE|NO_DEVICE_SPACE|failed to write blobs/i;

interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly inner?: unknown;
  readonly cause?: unknown;
  readonly error?: unknown;
  readonly failures?: unknown;
  readonly failuresByPos?: unknown;
}

/** The errors nested in `e`: Dexie's inner, a cause, an event's error, a BulkError's failures. */
function nested(e: ErrorLike): unknown[] {
  const out: unknown[] = [e.inner, e.cause, e.error];
  if (Array.isArray(e.failures)) out.push(...(e.failures as unknown[]).slice(0, 20));
  if (e.failuresByPos && typeof e.failuresByPos === 'object') {
    out.push(...Object.values(e.failuresByPos as Record<string, unknown>).slice(0, 20));
  }
  return out.filter((x) => x !== undefined && x !== null);
}

function kindOfOne(e: ErrorLike): StorageFailureKind | null {
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'VersionError') return 'version';
  if (NO_SPACE.test(message)) return 'quota';
  return null;
}

/**
 * Classifies an error thrown by IndexedDB/Dexie, walking every error wrapped inside it (the
 * inner error of an aborted transaction, each failure of a BulkError). A full disk anywhere in
 * the chain wins: the outer error is often a mere consequence of it (AbortError, BulkError).
 */
export function storageFailureKind(e: unknown): StorageFailureKind {
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  let found: StorageFailureKind = 'other';
  while (queue.length > 0 && seen.size < 100) {
    const cur = queue.shift();
    if (!cur || typeof cur !== 'object' || seen.has(cur)) continue;
    seen.add(cur);
    const kind = kindOfOne(cur as ErrorLike);
    if (kind === 'quota') return 'quota';
    if (kind === 'version') found = 'version';
    queue.push(...nested(cur as ErrorLike));
  }
  return found;
}

/** True when `e` (or anything wrapped in it) says the disk is full. */
export function isDiskFull(e: unknown): boolean {
  return storageFailureKind(e) === 'quota';
}
