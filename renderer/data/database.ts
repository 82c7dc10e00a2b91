import { MazmunDb } from '../../shared/db/database';
import { openDatabase, type OpenResult } from '../../shared/db/open-database';

// The renderer's one database connection. Only hooks and data-layer modules import this;
// components reach data through renderer/hooks (lint rule 3).
//
// The open gate: MazmunDb never opens itself (autoOpen is off), so every reader waits until
// openAppDatabase has checked the stored version. Before that, or after a refusal, a query fails
// with DatabaseClosedError instead of creating or upgrading a database it must not touch.
let instance: MazmunDb | null = null;
let opening: Promise<OpenResult> | null = null;
let open = false;
let lost = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const l of [...listeners]) l();
}

export function getDb(): MazmunDb {
  instance ??= new MazmunDb();
  return instance;
}

/** Opens the app's database once (version check first); every caller gets the same outcome. */
export function openAppDatabase(): Promise<OpenResult> {
  opening ??= openDatabase(getDb()).then((r) => {
    open = r.ok;
    if (r.ok) {
      // The app never closes its database. A close means the browser dropped the connection
      // (Chromium does, deleting the store, when a write runs out of disk) or another window
      // deletes or upgrades it. Dexie will not reopen it (autoOpen is off): say so, once.
      r.data.on('close', () => {
        open = false;
        lost = true;
        notify();
      });
    }
    notify();
    return r;
  });
  return opening;
}

/** True once openAppDatabase has opened the database (never after a refusal). */
export function isDatabaseOpen(): boolean {
  return open;
}

/** True once the open database was closed under the app (see openAppDatabase). */
export function isDatabaseLost(): boolean {
  return lost;
}

export function subscribeDatabaseOpen(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
