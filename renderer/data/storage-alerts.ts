import type { StorageFailureKind } from '../../shared/db/storage-errors';
import type { Refusal } from '../i18n/errors';

// The latest storage failure (a full disk, a database from a newer Mazmun), whatever view is
// open: a tiny external store so any code path can report and the shell shows it plainly.
export interface StorageAlert {
  readonly kind: StorageFailureKind;
  /** The refusal as data where there is one (translated by code), else the thrown message. */
  readonly detail: Refusal;
  readonly at: number;
}

let current: StorageAlert | null = null;
const listeners = new Set<() => void>();

export function reportStorageFailure(kind: StorageFailureKind, detail: Refusal): void {
  current = { kind, detail, at: Date.now() };
  for (const l of [...listeners]) l();
}

export function dismissStorageAlert(): void {
  current = null;
  for (const l of [...listeners]) l();
}

export function getStorageAlert(): StorageAlert | null {
  return current;
}

export function subscribeStorageAlert(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
