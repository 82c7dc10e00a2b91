// Where B's JOIN (server → empty app) spends its time: A (the real app build, unminified) fills
// and publishes a project through the Sharing panel; B joins through the panel while a CDP CPU
// profile runs in B's page and an init script counts B's IndexedDB transactions and object-store
// calls per database/store, and its requests to the sync server. Diagnosis only: no assertions.
//   node --import tsx bench/sync-join.ts [--codings 5000 --docs 50 --words 250000 --codes 50]
//     [--port 4320] [--sync-port 5994] [--no-build] [--out dist/bench-sync-join/x]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser';
import type { BenchWindow } from './page/api';
import { REPO } from './run/build-page';
import { join, openApp, publish } from './sync-ui-share';
import { numberArg, outArg, projectArgs, startServer } from './sync-ui-support';
import { countProbe, summarizeProfile, type CpuProfile } from './sync-join-profile';

const log = (m: string) =>
  process.stderr.write(`[sync-join] ${new Date().toISOString().slice(11, 19)} ${m}\n`);
const arg = numberArg;
const project = projectArgs({ documents: 50, words: 250_000, codes: 50, codings: 5_000 });
const appPort = arg('port', 4320);
const out = outArg() ?? resolve(REPO, `dist/bench-sync-join/join-${project.codings}`);
const APP_OUT = resolve(REPO, `dist/bench-sync-join-${appPort}`);
const CACHE_INTL = `(() => {
  for (const name of ['DateTimeFormat', 'RelativeTimeFormat']) {
    const Orig = Intl[name];
    const cache = new Map();
    const Cached = function (locale, options) {
      const key = JSON.stringify([locale, options]);
      let f = cache.get(key);
      if (!f) cache.set(key, (f = new Orig(locale, options)));
      return f;
    };
    Cached.prototype = Orig.prototype;
    Cached.supportedLocalesOf = Orig.supportedLocalesOf;
    Intl[name] = Cached;
  }
})();`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function buildApp(): Promise<void> {
  // Unminified so the profile's function names are the source's.
  await build({
    configFile: resolve(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: APP_OUT, emptyOutDir: true, minify: false },
  });
  await build({
    configFile: false,
    root: resolve(REPO, 'bench/page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(APP_OUT, 'bench'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
}

async function importIntoA(page: Page, base: string) {
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).mazmunBenchReady === true);
  const ev = page.evaluate.bind(page);
  await ev(() => (window as unknown as BenchWindow).mazmunBench.useDatabase('mazmun'));
  await ev((o) => (window as unknown as BenchWindow).mazmunBench.generate(o), project);
  await ev(() => (window as unknown as BenchWindow).mazmunBench.importProject());
  return ev(() => (window as unknown as BenchWindow).mazmunBench.openInApp());
}

/** CPU seconds (user+sys) of a process, from /proc. */
function cpuOf(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The pid listening on 127.0.0.1:`port` (the sync server child), from `ss`. */
function pidOnPort(port: number): number | undefined {
  try {
    const o = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const m = /pid=(\d+)/.exec(o);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const load0 = loadavg();
  const server = await startServer(arg('sync-port', 5994), `http://127.0.0.1:${appPort}`);
  if (!process.argv.includes('--no-build') || !existsSync(APP_OUT)) {
    log('building (unminified)…');
    await buildApp();
  }
  const web = await preview({
    configFile: resolve(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: APP_OUT },
    preview: { port: appPort, host: '127.0.0.1', strictPort: true },
  });
  const base = `http://127.0.0.1:${appPort}/`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs],
  });
  try {
    const viewport = { width: 1280, height: 900 };
    const ctxA = await browser.newContext({ viewport });
    const ctxB = await browser.newContext({ viewport });
    await ctxB.addInitScript(countProbe(server.url));
    // What-if for the activity feed: Intl formatters cached per (locale, options), as a fix would.
    if (process.argv.includes('--cache-intl')) await ctxB.addInitScript(CACHE_INTL);
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    b.on('console', (m) => m.type() === 'error' && log(`B: ${m.text()}`));
    log(`A: generating ${project.codings} codings in ${project.documents} documents…`);
    await importIntoA(a, base);
    await openApp(a, base);
    let t = Date.now();
    const address = await publish(a, server.url, 'alice', 'bob');
    const publishMs = Date.now() - t;
    log(`A published in ${publishMs} ms; B joins (profiling)…`);
    await openApp(b, base);
    const cdp = await b.context().newCDPSession(b);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 2000 });
    await b.evaluate(() => (window as unknown as { __mzReset: () => void }).__mzReset());
    const loadJoin = loadavg();
    const serverPid = pidOnPort(arg('sync-port', 5994));
    const srv0 = cpuOf(serverPid);
    await cdp.send('Profiler.start');
    t = Date.now();
    await join(b, address, 'bob');
    const syncedMs = Date.now() - t;
    log(`B "Synced" after ${syncedMs} ms; waiting for B's Dexie writes to stop…`);
    // B's store may still be applying: done when no write to a non-Pouch database for 5 s.
    let quietSince = Date.now();
    let lastSeen = -1;
    while (Date.now() - quietSince < 5000) {
      const last = await b.evaluate(() =>
        (window as unknown as { __mzLastDexie: () => number }).__mzLastDexie(),
      );
      if (last !== lastSeen) {
        lastSeen = last;
        quietSince = Date.now();
      }
      await sleep(500);
    }
    const appliedMs = Date.now() - t - 5000;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const srvCpu = cpuOf(serverPid) - srv0;
    const counts = await b.evaluate(() =>
      (window as unknown as { __mzCounts: () => unknown }).__mzCounts(),
    );
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));
    const result = {
      cache_intl: process.argv.includes('--cache-intl'),
      date: new Date().toISOString(),
      project,
      publish_ui_ms: publishMs,
      join_synced_ms: syncedMs,
      join_store_applied_ms: appliedMs,
      server_cpu_s_during_join: srvCpu,
      load: { start: load0, join: loadJoin, end: loadavg() },
      profile: summarizeProfile(profile),
      counts,
    };
    writeFileSync(`${out}.json`, JSON.stringify(result, null, 2));
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  } finally {
    await browser.close();
    await new Promise<void>((done) => web.httpServer.close(() => done()));
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
