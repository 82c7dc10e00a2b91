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
const listeners = new Set<() => void>();

export function getDb(): MazmunDb {
  instance ??= new MazmunDb();
  return instance;
}

/** Opens the app's database once (version check first); every caller gets the same outcome. */
export function openAppDatabase(): Promise<OpenResult> {
  opening ??= openDatabase(getDb()).then((r) => {
    open = r.ok;
    for (const l of [...listeners]) l();
    return r;
  });
  return opening;
}

/** True once openAppDatabase has opened the database (never after a refusal). */
export function isDatabaseOpen(): boolean {
  return open;
}

export function subscribeDatabaseOpen(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
