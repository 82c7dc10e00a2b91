// The sync server a team runs on one machine (`npm run server`) and the tests start on
// 127.0.0.1: express-pouchdb (PouchDB's CouchDB-compatible HTTP server) in fullCouchDB mode, so
// accounts live in its `_users` database and each project's `_security` document says who may
// read and write it — the server's own users and security, the same API as Apache CouchDB, which
// is what production teams should run (README, docs/sync.md).
//
// Two small additions in front of express-pouchdb, both documented in docs/sync.md:
// - CORS, so the app (another origin) may call it;
// - creating a database (`PUT /<db>`): express-pouchdb 4.2.0 with PouchDB 7 crashes on this
//   route (it calls .info() on a promise), so it is served here: any signed-in account may create
//   a project database, and it is created with that account as its only admin and member, so it is
//   never open to everyone. Apache CouchDB lets only server admins create databases.
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
}

export interface RunningSyncServer {
  readonly url: string;
  close(): Promise<void>;
}

/* eslint-disable @typescript-eslint/no-explicit-any --
   express-pouchdb and PouchDB 7 ship CommonJS without types. */
function pouchConstructor(dataDir: string | undefined): any {
  const PouchDB = require('pouchdb-core');
  PouchDB.plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
  if (dataDir) {
    // leveldown loads its bundled prebuilt binary: no install script needed (docs/sync.md).
    PouchDB.plugin(require('pouchdb-adapter-leveldb'));
    return PouchDB.defaults({ adapter: 'leveldb', prefix: dataDir.replace(/\/?$/, '/') });
  }
  PouchDB.plugin(require('pouchdb-adapter-memory'));
  return PouchDB.defaults({ adapter: 'memory' });
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

  app.use((req: any, res: any, next: any) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    }
    if (req.method === 'OPTIONS') return res.status(204).end();
    next();
  });

  app.put('/:db', async (req: any, res: any, next: any) => {
    const name: string = req.params.db;
    if (name.startsWith('_')) return next();
    try {
      const session = await fetch(`${base}/_session`, {
        headers: { authorization: req.headers.authorization ?? '' },
      }).then((r) => r.json() as Promise<{ userCtx?: { name?: string | null } }>);
      const who = session.userCtx?.name;
      if (!who)
        return res.status(401).json({ error: 'unauthorized', reason: 'Sign in to create.' });
      if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name))
        return res.status(400).json({ error: 'illegal_database_name', reason: name });
      const admin = basic(o.admin.name, o.admin.password);
      const all = (await fetch(`${base}/_all_dbs`, { headers: { authorization: admin } }).then(
        (r) => r.json(),
      )) as string[];
      if (all.includes(name))
        return res.status(412).json({ error: 'file_exists', reason: 'The database exists.' });
      await new PouchDB(name).info();
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
      res.status(500).json({ error: 'server_error', reason: String(e) });
    }
  });

  app.use(pouchApp);
  await new Promise<void>((resolve) =>
    pouchApp.couchConfig.set('admins', o.admin.name, o.admin.password, () => resolve()),
  );
  // Accounts may be created by anyone (CouchDB's default public sign-up); an admin can close it.
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
