// Storage failures a researcher must understand: a full disk is not "an error occurred".

export type StorageFailureKind = 'quota' | 'version' | 'other';

/** Classifies an error thrown by IndexedDB/Dexie (the inner error of an aborted transaction too). */
export function storageFailureKind(e: unknown): StorageFailureKind {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const { name, message } = cur as { name?: string; message?: string };
    if (name === 'QuotaExceededError' || /quota/i.test(message ?? '')) return 'quota';
    if (name === 'VersionError') return 'version';
    cur = (cur as { inner?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return 'other';
}
