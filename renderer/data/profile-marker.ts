// "This profile has had projects", kept OUTSIDE IndexedDB (localStorage is a separate store),
// so that an empty database at start-up can be told apart from a first launch
// (shared/db/start-up-state.ts). Chromium deletes the whole IndexedDB of an origin when a write
// runs out of disk; this marker survives that.
const KEY = 'mazmun.profile.hadProjects';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Storage disabled for this page.
  }
}

export function readHadProjects(store: StorageLike | null = storage()): boolean {
  try {
    return store?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Sets the marker (projects exist) or clears it (the researcher deleted the last one). */
export function markHadProjects(had: boolean, store: StorageLike | null = storage()): void {
  try {
    if (had) store?.setItem(KEY, '1');
    else store?.removeItem(KEY);
  } catch {
    // A full disk may refuse even this; the marker set earlier stays, which is what matters.
  }
}
