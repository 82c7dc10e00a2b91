// Two PouchDB memory replicas syncing through an in-process express-pouchdb on 127.0.0.1: the
// engine's guarantees checked on the real replication protocol (no browser).
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildProject } from '../shared/db/test-builders';
import type { CoderId, DocumentId } from '../shared/model/ids';
import { changesToDocs, type RowDoc } from '../shared/sync/docs';
import { listConflicts } from '../shared/sync/conflicts';

/* eslint-disable @typescript-eslint/no-explicit-any */
const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

const ADMIN = { name: 'admin', password: 'admin-pw' };
// The server runs as `npm run server` does, in its own process: express-pouchdb installs its
// plugins on the PouchDB constructor it is given, which must not be the one of these replicas.
let server: { url: string; child: ChildProcess };
let n = 0;

async function http(method: string, path: string, user: string, pw: string, body?: unknown) {
  return fetch(`${server.url}/${path}`, {
    method,
    headers: {
      authorization: 'Basic ' + Buffer.from(`${user}:${pw}`).toString('base64'),
      'content-type': 'application/json',
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

beforeAll(async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      MAZMUN_SYNC_ADMIN: ADMIN.name,
      MAZMUN_SYNC_PASSWORD: ADMIN.password,
      MAZMUN_SYNC_PORT: '0',
      MAZMUN_SYNC_DATA: ':memory:',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  server = { url, child };
  for (const name of ['alice', 'bob', 'carol']) {
    const r = await http('PUT', `_users/org.couchdb.user:${name}`, ADMIN.name, ADMIN.password, {
      name,
      password: `${name}-pw`,
      roles: [],
      type: 'user',
    });
    expect(r.status).toBe(201);
  }
});
afterAll(() => {
  server?.child.kill('SIGTERM');
});

/** A project database published by alice with bob as a member, and one replica per account. */
async function setUp() {
  const db = `mazmun-test-${++n}`;
  expect((await http('PUT', db, 'alice', 'alice-pw')).status).toBe(201);
  const sec = await http('PUT', `${db}/_security`, 'alice', 'alice-pw', {
    admins: { names: ['alice'], roles: [] },
    members: { names: ['alice', 'bob'], roles: [] },
  });
  expect(sec.status).toBe(200);
  const remote = (user: string) =>
    new PouchDB(`${server.url}/${db}`, {
      auth: { username: user, password: `${user}-pw` },
      skip_setup: true,
    });
  const a = new PouchDB(`a-${n}`, { adapter: 'memory' });
  const b = new PouchDB(`b-${n}`, { adapter: 'memory' });
  return { db, a, b, remote };
}

async function write(db: any, docs: RowDoc[]): Promise<void> {
  const revs = await db.allDocs({ keys: docs.map((d) => d._id) });
  await db.bulkDocs(
    docs.map((d, i) => ({
      ...d,
      ...(revs.rows[i]?.value ? { _rev: revs.rows[i].value.rev } : {}),
    })),
  );
}

const project = buildProject();
const code = buildCode({ projectId: project.id, name: 'Trade' });
const doc = 'd1' as DocumentId;

describe('replication through express-pouchdb', () => {
  it('keeps both codings of two coders and picks the same winner of a rename on both replicas', async () => {
    const { a, b, remote } = await setUp();
    await write(
      a,
      changesToDocs(
        { codes: [{ before: null, after: code }] },
        { by: 'alice', origin: 'A', at: 1 },
      ),
    );
    await a.replicate.to(remote('alice'));
    await b.replicate.from(remote('bob'));

    const ca = buildCoding({
      projectId: project.id,
      documentId: doc,
      codeId: code.id,
      coderId: 'alice' as CoderId,
    });
    const cb = buildCoding({
      projectId: project.id,
      documentId: doc,
      codeId: code.id,
      coderId: 'bob' as CoderId,
    });
    await write(
      a,
      changesToDocs(
        {
          codings: [{ before: null, after: ca }],
          codes: [{ before: code, after: { ...code, name: 'Commerce' } }],
        },
        { by: 'alice', origin: 'A', at: 2 },
      ),
    );
    await write(
      b,
      changesToDocs(
        {
          codings: [{ before: null, after: cb }],
          codes: [{ before: code, after: { ...code, name: 'Exchange' } }],
        },
        { by: 'bob', origin: 'B', at: 2 },
      ),
    );
    for (let i = 0; i < 2; i++) {
      await a.sync(remote('alice'));
      await b.sync(remote('bob'));
    }
    for (const r of [a, b]) {
      const rows = await r.allDocs({ startkey: 'codings:', endkey: 'codings:\ufff0' });
      expect(rows.rows.map((x: any) => x.id).sort()).toEqual(
        [`codings:${ca.id}`, `codings:${cb.id}`].sort(),
      );
    }
    const wa = await a.get(`codes:${code.id}`, { conflicts: true });
    const wb = await b.get(`codes:${code.id}`, { conflicts: true });
    expect(wa._rev).toBe(wb._rev);
    expect(wa.row.name).toBe(wb.row.name);
    expect(['Commerce', 'Exchange']).toContain(wa.row.name);
    // The losing rename is kept and listed, on both replicas.
    for (const [r, w] of [
      [a, wa],
      [b, wb],
    ] as const) {
      const losers = await Promise.all(w._conflicts.map((rev: string) => r.get(w._id, { rev })));
      const list = listConflicts([w], () => losers);
      expect(list).toHaveLength(1);
      expect(list[0]?.losers[0]?.row).toEqual({
        ...code,
        name: wa.row.name === 'Commerce' ? 'Exchange' : 'Commerce',
      });
    }
  });

  it('refuses an account that is not a member, and anonymous requests', async () => {
    const { db, remote } = await setUp();
    const c = new PouchDB(`c-${n}`, { adapter: 'memory' });
    await expect(c.replicate.from(remote('carol'))).rejects.toMatchObject({ status: 401 });
    expect((await fetch(`${server.url}/${db}/_all_docs`)).status).toBe(401);
    expect((await http('GET', `${db}/_all_docs`, 'bob', 'bob-pw')).status).toBe(200);
    expect((await http('GET', `${db}/_all_docs`, 'bob', 'wrong')).status).toBe(401);
  });

  it('lets only a signed-in account create a database, which starts closed to others', async () => {
    expect((await fetch(`${server.url}/mazmun-open`, { method: 'PUT' })).status).toBe(401);
    expect((await http('PUT', 'mazmun-carols', 'carol', 'carol-pw')).status).toBe(201);
    expect((await http('GET', 'mazmun-carols/_all_docs', 'bob', 'bob-pw')).status).toBe(401);
    expect((await http('PUT', 'mazmun-carols', 'bob', 'bob-pw')).status).toBe(412);
  });

  it('refuses a non-member write, a member changing _security, and a presence of someone else', async () => {
    const { db } = await setUp();
    const doc = { _id: 'codes:x', table: 'codes' };
    expect((await http('PUT', `${db}/codes:x`, 'carol', 'carol-pw', doc)).status).toBe(401);
    expect((await http('PUT', `${db}/codes:x`, 'bob', 'bob-pw', doc)).status).toBe(201);
    const sec = { admins: { names: ['bob'], roles: [] }, members: { names: ['bob'], roles: [] } };
    expect((await http('PUT', `${db}/_security`, 'bob', 'bob-pw', sec)).status).toBe(401);
    const own = { _id: 'presence:bob', name: 'bob', at: 1 };
    expect((await http('PUT', `${db}/presence:bob`, 'bob', 'bob-pw', own)).status).toBe(201);
    const spoof = { _id: 'presence:alice', name: 'alice', at: 1 };
    expect((await http('PUT', `${db}/presence:alice`, 'bob', 'bob-pw', spoof)).status).toBe(403);
    const bulk = await http('POST', `${db}/_bulk_docs`, 'bob', 'bob-pw', { docs: [spoof] });
    expect(bulk.status).toBe(403);
  });

  it('lets only the admin create accounts', async () => {
    const mallory = { name: 'mallory', password: 'm', roles: [], type: 'user' };
    const r = await fetch(`${server.url}/_users/org.couchdb.user:mallory`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(mallory),
    });
    expect(r.status).toBe(403);
    expect(
      (await http('PUT', '_users/org.couchdb.user:mallory', 'bob', 'bob-pw', mallory)).status,
    ).toBe(403);
  });

  it('answers CORS only for the configured origins, without credentials', async () => {
    const ask = (origin: string) =>
      fetch(`${server.url}/`, { method: 'OPTIONS', headers: { origin } }).then((r) => r.headers);
    const app = await ask('http://127.0.0.1:5173');
    expect(app.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(app.get('access-control-allow-credentials')).toBeNull();
    expect((await ask('https://evil.example')).get('access-control-allow-origin')).toBeNull();
  });

  it('creates a database once when two accounts ask at the same time; the first stays owner', async () => {
    const [a, b] = await Promise.all([
      http('PUT', 'mazmun-race', 'alice', 'alice-pw'),
      http('PUT', 'mazmun-race', 'bob', 'bob-pw'),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 412]);
    const owner = a.status === 201 ? 'alice' : 'bob';
    const sec = (await (
      await http('GET', 'mazmun-race/_security', ADMIN.name, ADMIN.password)
    ).json()) as { admins: { names: string[] } };
    expect(sec.admins.names).toEqual([owner]);
  });
});
