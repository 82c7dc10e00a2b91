// Sync speed (issue 14), on 127.0.0.1 with `npm run server` (memory data) in a child process:
// 1. first sync of a whole project (default 1,000 interviews / 100k codings) to an empty replica,
//    against the floor of fetching the same documents in one bare `_all_docs` request;
// 2. the delay from a coding written in one replica to its arrival in another replica's live
//    changes feed (both live-syncing), against the floor of a bare HTTP round trip.
// The second figure stops where the app's `applyRemote` starts: the store's write and the
// highlight add what bench/run.ts measures as "coding appears after the keypress".
//   node --import tsx bench/sync.ts [--docs 1000 --words 5000000 --codes 200 --codings 100000 --runs 5 --pings 30]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { generateProject } from './generate';
import { changesToDocs } from '../shared/sync/docs';
import type { ChangeSet } from '../shared/db/changes';

/* eslint-disable @typescript-eslint/no-explicit-any */
const require = createRequire(import.meta.url);
const PouchDB: any = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const docsN = arg('docs', 1000);
const opts = {
  seed: 1,
  documents: docsN,
  words: arg('words', 5_000_000),
  codes: arg('codes', 200),
  codings: arg('codings', 100_000),
};
const runs = arg('runs', 5);
const pings = arg('pings', 30);
const ADMIN = { name: 'admin', password: 'bench-pw' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const auth = (u: string, p: string) => 'Basic ' + Buffer.from(`${u}:${p}`).toString('base64');

async function startServer(): Promise<{ url: string; stop: () => void }> {
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
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1] as string);
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const { url, stop } = await startServer();
const h = { authorization: auth(ADMIN.name, ADMIN.password), 'content-type': 'application/json' };
await fetch(`${url}/_users/org.couchdb.user:r`, {
  method: 'PUT',
  headers: h,
  body: JSON.stringify({ name: 'r', password: 'r', roles: [], type: 'user' }),
});
const remote = () =>
  new PouchDB(`${url}/mazmun-bench`, { auth: { username: 'r', password: 'r' }, skip_setup: true });
await fetch(`${url}/mazmun-bench`, { method: 'PUT', headers: { authorization: auth('r', 'r') } });

// The publisher's replica, pushed once.
const g = generateProject(opts);
const s = g.snapshot;
const created = <T>(rows: readonly T[]) => rows.map((after) => ({ before: null, after }));
const set: ChangeSet = {
  documents: created(
    s.documents.map(({ text: _t, ...meta }) => ({ ...meta, length: _t.length }) as any),
  ),
  documentTexts: created(
    s.documents.map((d) => ({ id: d.id, projectId: d.projectId, text: d.text })),
  ),
  codes: created(s.codes),
  coders: created(s.coders),
  codings: created(s.codings),
  memos: created(s.memos),
};
const all = changesToDocs(set, { by: 'r', origin: 'publisher', at: 0 });
const pub = new PouchDB('publisher', { adapter: 'memory' });
for (let i = 0; i < all.length; i += 5000) await pub.bulkDocs(all.slice(i, i + 5000));
let t = performance.now();
await pub.replicate.to(remote(), { batch_size: 500 });
const publishMs = performance.now() - t;

const first: number[] = [];
const floor: number[] = [];
for (let r = 0; r < runs; r++) {
  t = performance.now();
  const res = await fetch(`${url}/mazmun-bench/_all_docs?include_docs=true`, {
    headers: { authorization: auth('r', 'r') },
  });
  await res.arrayBuffer();
  floor.push(performance.now() - t);
  const client = new PouchDB(`client-${r}`, { adapter: 'memory' });
  t = performance.now();
  await client.replicate.from(remote(), { batch_size: 500 });
  first.push(performance.now() - t);
  const info = await client.info();
  if (info.doc_count !== all.length)
    throw new Error(`client has ${info.doc_count} of ${all.length}`);
  await client.destroy();
}

// Live: two replicas syncing; a coding written in A, timed until B's changes feed shows it.
const a = new PouchDB('live-a', { adapter: 'memory' });
const b = new PouchDB('live-b', { adapter: 'memory' });
const sa = a.sync(remote(), { live: true, retry: true });
const sb = b.sync(remote(), { live: true, retry: true });
const waits = new Map<string, (v: number) => void>();
const feed = b
  .changes({ live: true, since: 'now' })
  .on('change', (c: { id: string }) => waits.get(c.id)?.(performance.now()));
await new Promise((r) => setTimeout(r, 1000));
const delay: number[] = [];
const rtt: number[] = [];
const sample = s.codings[0]!;
for (let i = 0; i < pings; i++) {
  const t0 = performance.now();
  await (await fetch(`${url}/`)).text();
  rtt.push(performance.now() - t0);
  const id = `codings:bench-${i}`;
  const arrived = new Promise<number>((resolve) => waits.set(id, resolve));
  const start = performance.now();
  await a.put({
    _id: id,
    table: 'codings',
    row: { ...sample, id: `bench-${i}` },
    by: 'r',
    origin: 'A',
    at: Date.now(),
  });
  delay.push((await arrived) - start);
}
feed.cancel();
sa.cancel();
sb.cancel();
stop();

const out = {
  project: { ...opts, documentsOnServer: all.length, characters: g.characters },
  publishMs: Math.round(publishMs),
  firstSync: { medianMs: Math.round(median(first)), runs: first.map(Math.round) },
  firstSyncFloor: {
    medianMs: Math.round(median(floor)),
    what: 'one bare _all_docs?include_docs=true',
  },
  codingToOtherReplica: { medianMs: +median(delay).toFixed(1), runs: pings },
  httpRoundTripFloor: { medianMs: +median(rtt).toFixed(2) },
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
process.exit(0);
