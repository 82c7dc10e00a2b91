// The server side of a shared project as the renderer sees it: loading PouchDB, the remote
// database with the account in the Authorization header, the local replica's name, errors as
// refusals, and presence (who is connected).
import type { PouchDb, PouchStatic } from 'pouchdb-browser';
import { refuse } from '../../shared/errors';
import type { Failure } from '../../shared/model/snapshot';
import type { SyncConfig } from './sync-config';

export interface Presence {
  readonly name: string;
  readonly at: number;
}

/** Seconds between presence updates; someone is "connected" if seen within three of them. */
export const PRESENCE_EVERY = 10_000;

// PouchDB is loaded only when a shared project starts syncing: importing it touches `self` and
// IndexedDB, which neither node (unit tests of hooks) nor an unshared project needs.
let pouch: Promise<PouchStatic> | null = null;
export function loadPouch(): Promise<PouchStatic> {
  pouch ??= import('pouchdb-browser').then((m) => m.default);
  return pouch;
}

export function remoteDb(PouchDB: PouchStatic, c: SyncConfig): PouchDb {
  return new PouchDB(`${c.url.replace(/\/$/, '')}/${c.db}`, {
    auth: { username: c.user, password: c.password },
    skip_setup: true,
    // The account travels in the Authorization header; no cookies, so the server need not (and
    // does not) allow credentialed CORS (server/sync-server.ts).
    fetch: (url: string, opts: RequestInit) =>
      globalThis.fetch(url, { ...opts, credentials: 'omit' }),
  });
}

export function localDbName(c: { readonly db: string }): string {
  return `mazmun-sync-${c.db}`;
}

/**
 * PouchDB's and the server's errors as refusals the UI translates: the status code decides the
 * sentence, the server's own (English) words travel only as an isolated detail parameter.
 */
export function syncFailure(err: unknown, user: string): Failure {
  const e = (err ?? {}) as { status?: number; name?: string; reason?: string; message?: string };
  const detail = String(e.reason ?? e.message ?? e.name ?? err);
  if (e.status === 401) return refuse('sync.signIn', { user });
  if (e.status === 403) return refuse('sync.notMember', { user });
  if (!e.status || e.status >= 500) return refuse('sync.serverTrouble', { detail });
  return refuse('sync.refused', { detail });
}

/** Updates the account's presence document on the server (best effort). */
export async function putPresence(remote: PouchDb, user: string): Promise<void> {
  const id = `presence:${user}`;
  try {
    const old = await remote.get(id).catch(() => null);
    await remote.put({
      _id: id,
      ...(old?._rev ? { _rev: old._rev } : {}),
      name: user,
      at: Date.now(),
    });
  } catch {
    // Presence is best effort; the replication reports real trouble.
  }
}

/** Accounts whose presence was updated within three beats of `now`. */
export async function readPresence(remote: PouchDb, now: number): Promise<Presence[]> {
  const r = await remote.allDocs({
    startkey: 'presence:',
    endkey: 'presence:\ufff0',
    include_docs: true,
  });
  return r.rows
    .flatMap((row) => (row.doc ? [row.doc as unknown as Presence] : []))
    .filter((p) => now - p.at < PRESENCE_EVERY * 3)
    .map((p) => ({ name: p.name, at: p.at }));
}
