// The sync server a team runs on one machine (`npm run server`) and the tests start on
// 127.0.0.1: express-pouchdb (PouchDB's CouchDB-compatible HTTP server) in fullCouchDB mode, so
// accounts live in its `_users` database and each project's `_security` document says who may
// read and write it — the server's own users and security, the same API as Apache CouchDB, which
// is what production teams should run (README, docs/sync.md).
//
// Additions in front of express-pouchdb, all documented in docs/sync.md:
// - CORS for a configured list of origins only (the app's), without Allow-Credentials: the app
//   sends its account in the Authorization header, never cookies;
// - accounts (`_users`) are created by the server admin only, unless sign-up is opened;
// - creating a database (`PUT /<db>`): express-pouchdb 4.2.0 with PouchDB 7 crashes on this
//   route (it calls .info() on a promise), so it is served here: any signed-in account may create
//   a project database, one creation at a time, with that account as its only admin and member,
//   so it is never open to everyone. Apache CouchDB lets only server admins create databases;
// - presence documents (`presence:<name>`) may be written only by the account they name
//   (single writes and _bulk_docs alike).
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

const require = createRequire(import.meta.url);

export interface SyncServerOptions {
  readonly host?: string;
  readonly port?: number;
  readonly admin: { readonly name: string; readonly password: string };
  /** A folder for LevelDB files; absent = everything in memory (tests, benches). */
  readonly dataDir?: string;
  readonly log?: boolean;
  /** Origins allowed by CORS (exact match); absent = DEFAULT_ORIGINS. */
  readonly origins?: readonly string[];
  /** Anyone may create an account (CouchDB's public sign-up); default false: the admin only. */
  readonly openSignUp?: boolean;
}

/**
 * The app's own origins: Vite's dev server and preview on loopback, and the desktop app. The
 * desktop loads its page from file:// (electron/app.ts `loadFile`), an opaque origin: Chromium,
 * and so Electron, sends `Origin: null` from it (checked with Chromium; docs/sync.md). 'null' is
 * also the origin of sandboxed frames and data: pages anywhere, which is acceptable here because
 * CORS is never credentialed: such a page gets nothing without the account's password, which it
 * would have to send itself. 'file://' stays for older Electron versions that sent it.
 */
export const DEFAULT_ORIGINS: readonly string[] = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
  'null',
  'file://',
];

/** Who the request's Authorization header signs in as (null = nobody), and whether an admin. */
async function whoIs(base: string, authorization: string | undefined) {
  const session = await fetch(`${base}/_session`, {
    headers: { authorization: authorization ?? '' },
  }).then((r) => r.json() as Promise<{ userCtx?: { name?: string | null; roles?: string[] } }>);
  return {
    name: session.userCtx?.name ?? null,
    admin: (session.userCtx?.roles ?? []).includes('_admin'),
  };
}

export interface RunningSyncServer {
  readonly url: string;
  close(): Promise<void>;
}

/* eslint-disable @typescript-eslint/no-explicit-any --
   express-pouchdb and PouchDB 7 ship CommonJS without types. */
// PouchDB's plugins define properties on the one `pouchdb-core` module, and defining them twice
// throws ("Cannot redefine property: replicate"): plug them in once per process, so a second
// server (two spec files in one test worker, a restart) can start.
// The memory adapter keeps one store per database name for the whole process, so each memory
// server gets its own name prefix: a second server must not see the first one's accounts.
let plugged: any = null;
const adapters = new Set<string>();
let memoryServers = 0;
function pouchConstructor(dataDir: string | undefined): any {
  plugged ??= require('pouchdb-core')
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
  const adapter = dataDir ? 'leveldb' : 'memory';
  if (!adapters.has(adapter)) {
    // leveldown loads its bundled prebuilt binary: no install script needed (docs/sync.md).
    plugged.plugin(require(`pouchdb-adapter-${adapter}`));
    adapters.add(adapter);
  }
  return dataDir
    ? plugged.defaults({ adapter, prefix: dataDir.replace(/\/?$/, '/') })
    : plugged.defaults({ adapter, prefix: `mem${++memoryServers}-` });
}

/** The cause goes to the server's log; the client gets a fixed sentence (no internals). */
function serverError(res: any, e: unknown): void {
  console.error('mazmun sync server:', e);
  res.status(500).json({ error: 'server_error', reason: 'The server failed; see its log.' });
}

function basic(name: string, password: string): string {
  return 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64');
}

export async function startSyncServer(o: SyncServerOptions): Promise<RunningSyncServer> {
  const express = require('express');
  const expressPouch = require('express-pouchdb');
  const PouchDB = pouchConstructor(o.dataDir);
  const app = express();
  const pouchApp = expressPouch(PouchDB, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: o.dataDir ? `${o.dataDir}/log.txt` : '/dev/null',
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  let base = '';

  const origins = new Set(o.origins ?? DEFAULT_ORIGINS);
  app.use((req: any, res: any, next: any) => {
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    }
    if (req.method === 'OPTIONS') return res.status(204).end();
    next();
  });

  // Accounts: the admin creates them; a signed-in account may change only its own document.
  const usersGuard = async (req: any, res: any, next: any) => {
    if (o.openSignUp) return next();
    try {
      const who = await whoIs(base, req.headers.authorization);
      const own = who.name !== null && req.params.id === `org.couchdb.user:${who.name}`;
      if (who.admin || (own && req.method !== 'POST')) return next();
      res
        .status(403)
        .json({ error: 'forbidden', reason: 'Only the server admin creates accounts.' });
    } catch (e) {
      serverError(res, e);
    }
  };
  app.put('/_users/:id', usersGuard);
  app.post('/_users', usersGuard);
  app.post('/_users/_bulk_docs', usersGuard);

  // One database creation at a time: the existence check and the _security write cannot
  // interleave with another request for the same name (which would replace the owner).
  let creating: Promise<unknown> = Promise.resolve();
  app.put('/:db', (req: any, res: any, next: any) => {
    const name: string = req.params.db;
    if (name.startsWith('_')) return next();
    const task = creating.then(() => createDatabase(name, req, res));
    creating = task.catch(() => undefined);
    return task;
  });

  async function createDatabase(name: string, req: any, res: any): Promise<void> {
    try {
      const who = (await whoIs(base, req.headers.authorization)).name;
      if (!who)
        return void res.status(401).json({ error: 'unauthorized', reason: 'Sign in to create.' });
      if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name))
        return void res.status(400).json({ error: 'illegal_database_name', reason: name });
      const admin = basic(o.admin.name, o.admin.password);
      const all = (await fetch(`${base}/_all_dbs`, { headers: { authorization: admin } }).then(
        (r) => r.json(),
      )) as string[];
      if (all.includes(name))
        return void res.status(412).json({ error: 'file_exists', reason: 'The database exists.' });
      await new PouchDB(name).info();
      // Written once, by the admin, before anyone else can reach the new database.
      const sec = await fetch(`${base}/${name}/_security`, {
        method: 'PUT',
        headers: { authorization: admin, 'content-type': 'application/json' },
        body: JSON.stringify({
          admins: { names: [who], roles: [] },
          members: { names: [who], roles: [] },
        }),
      });
      if (!sec.ok) throw new Error(`_security: ${sec.status}`);
      res.status(201).json({ ok: true });
    } catch (e) {
      serverError(res, e);
    }
  }

  // body-parser marks the request parsed (req._body): express-pouchdb's own parser then uses
  // req.body as it is instead of reading the stream a second time.
  const jsonBody = express.json({ limit: '512mb' });
  const bulkIds = (req: any, res: any) =>
    new Promise<string[]>((resolve, reject) =>
      jsonBody(req, res, (err: unknown) => {
        if (err) return reject(err);
        const docs = (req.body as { docs?: { _id?: unknown }[] } | undefined)?.docs;
        resolve(Array.isArray(docs) ? docs.map((d) => String(d?._id ?? '')) : []);
      }),
    );

  // Presence documents (`presence:<name>`): each account writes only its own.
  app.use(async (req: any, res: any, next: any) => {
    const m = /^\/[^/_][^/]*\/(presence(?::|%3A)[^/?]*|_bulk_docs)(?:\?|$)/i.exec(req.url);
    if (!m || !['PUT', 'POST', 'DELETE'].includes(req.method)) return next();
    try {
      const ids =
        m[1] === '_bulk_docs' ? await bulkIds(req, res) : [decodeURIComponent(m[1] as string)];
      const presence = ids.filter((id) => id.startsWith('presence:'));
      if (!presence.length) return next();
      const who = await whoIs(base, req.headers.authorization);
      if (who.admin || presence.every((id) => id === `presence:${who.name}`)) return next();
      res
        .status(403)
        .json({ error: 'forbidden', reason: 'Presence is written by its own account.' });
    } catch (e) {
      serverError(res, e);
    }
  });

  app.use(pouchApp);
  await new Promise<void>((resolve) =>
    pouchApp.couchConfig.set('admins', o.admin.name, o.admin.password, () => resolve()),
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${o.host ?? '127.0.0.1'}:${port}`;
  if (o.log) console.log(`Mazmun sync server (express-pouchdb) on ${base}`);
  return {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
