// bench/sync-ui.ts's Node side: the team server in a child process (as bench/sync.ts, so the
// driver's work never shares its event loop), the accounts, and floor (a): one PouchDB document
// from one Node replica to another through the same server, in a database of its own.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- PouchDB 7 ships CommonJS without types */
export const PouchDB: any = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));
/* eslint-enable @typescript-eslint/no-explicit-any */

/** `--name N` from the command line, `fallback` when absent. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** `--out FILE`, or undefined. */
export function outArg(): string | undefined {
  const i = process.argv.indexOf('--out');
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The generated project's size (bench/generate.ts, seed 1) from --docs, --words, --codes, --codings. */
export function projectArgs(fallback: {
  documents: number;
  words: number;
  codes: number;
  codings: number;
}) {
  return {
    seed: 1,
    documents: numberArg('docs', fallback.documents),
    words: numberArg('words', fallback.words),
    codes: numberArg('codes', fallback.codes),
    codings: numberArg('codings', fallback.codings),
  };
}

const ADMIN = { name: 'admin', password: 'bench-pw' };
const basic = (u: string, p: string) => 'Basic ' + Buffer.from(`${u}:${p}`).toString('base64');

export interface BenchServer {
  readonly url: string;
  readonly admin: typeof ADMIN;
  stop(): void;
}

/** server/main.ts with memory data on 127.0.0.1:`port`, accounts alice, bob and floor. */
export async function startServer(port: number, origin: string): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      MAZMUN_SYNC_ADMIN: ADMIN.name,
      MAZMUN_SYNC_PASSWORD: ADMIN.password,
      MAZMUN_SYNC_PORT: String(port),
      MAZMUN_SYNC_DATA: ':memory:',
      MAZMUN_SYNC_ORIGINS: origin,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`sync server exited (${code})`)));
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1] as string);
    });
  });
  for (const name of ['alice', 'bob', 'floor']) {
    const r = await fetch(`${url}/_users/org.couchdb.user:${name}`, {
      method: 'PUT',
      headers: {
        authorization: basic(ADMIN.name, ADMIN.password),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name, password: `${name}-pw`, roles: [], type: 'user' }),
    });
    if (r.status !== 201) throw new Error(`account ${name}: HTTP ${r.status}`);
  }
  return { url, admin: ADMIN, stop: () => child.kill('SIGTERM') };
}

export interface FloorPair {
  /** Writes one coding-sized document in replica 1; resolves with ms until replica 2 has it. */
  ping(i: number): Promise<number>;
  stop(): void;
}

/** Two memory replicas live-syncing with `<server>/mazmun-floor` (as bench/sync.ts's live part). */
export async function floorPair(server: BenchServer): Promise<FloorPair> {
  await fetch(`${server.url}/mazmun-floor`, {
    method: 'PUT',
    headers: { authorization: basic('floor', 'floor-pw') },
  });
  const remote = () =>
    new PouchDB(`${server.url}/mazmun-floor`, {
      auth: { username: 'floor', password: 'floor-pw' },
      skip_setup: true,
    });
  const one = new PouchDB('floor-1', { adapter: 'memory' });
  const two = new PouchDB('floor-2', { adapter: 'memory' });
  const s1 = one.sync(remote(), { live: true, retry: true });
  const s2 = two.sync(remote(), { live: true, retry: true });
  const waits = new Map<string, (t: number) => void>();
  const feed = two
    .changes({ live: true, since: 'now' })
    .on('change', (c: { id: string }) => waits.get(c.id)?.(performance.now()));
  return {
    async ping(i) {
      const id = `codings:floor-${i}`;
      const arrived = new Promise<number>((r) => waits.set(id, r));
      const start = performance.now();
      await one.put({
        _id: id,
        table: 'codings',
        row: { id: `floor-${i}`, start: 10, end: 40, codeId: 'c', documentId: 'd' },
        by: 'floor',
        origin: 'floor-1',
        at: Date.now(),
      });
      return (await arrived) - start;
    },
    stop() {
      feed.cancel();
      s1.cancel();
      s2.cancel();
    },
  };
}

export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
  readonly samples: number[];
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((p, q) => p - q);
  return {
    median: r1(s[Math.floor(s.length / 2)] ?? NaN),
    min: r1(s[0] ?? NaN),
    max: r1(s[s.length - 1] ?? NaN),
    n: s.length,
    samples: xs.map(r1),
  };
}
