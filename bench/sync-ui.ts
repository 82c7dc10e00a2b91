// Issue 14's second speed figure up to the screen: a coding made in researcher A's window (through
// the UI: select, C, the code's name, Enter) until its highlight is in researcher B's transcript,
// both windows showing the same document of one shared project. The app is the real build (vite
// build + preview on 127.0.0.1); the team server (server/main.ts, memory data) runs in a child
// process on 127.0.0.1; A and B are two Chromium browser contexts (two profiles, two IndexedDBs)
// in one browser. A publishes and adds B, B joins — through the Sharing panel.
// Times are performance.timeOrigin + now() in each page, put on Node's clock by offsets measured
// with round trips before and after the trials (their uncertainty is in the output).
// Floors from the same run, one per trial: (a) one PouchDB document from one Node replica to
// another through the same server (as bench/sync.ts), (b) A's own Enter → A's own highlight.
//   node --import tsx bench/sync-ui.ts [--docs 20 --words 100000 --codes 50 --codings 2000]
//     [--trials 20] [--sync-port 5992] [--port 4312] [--out FILE]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser';
import type { BenchWindow } from './page/api';
import { REPO, serveAppWithBenchPage } from './run/build-page';
import {
  armSyncProbe,
  clockOf,
  netProbe,
  readSyncProbe,
  selectVisible,
  takeNet,
  waitSyncProbe,
  type NetEvent,
} from './sync-ui-probe';
import { codingCount, join, openApp, openDocument, pickCode, publish } from './sync-ui-share';
import {
  PouchDB,
  floorPair,
  numberArg,
  outArg,
  projectArgs,
  startServer,
  stats,
} from './sync-ui-support';

const log = (m: string) => process.stderr.write(`[sync-ui] ${m}\n`);
const arg = numberArg;
const project = projectArgs({ documents: 20, words: 100_000, codes: 50, codings: 2_000 });
const trials = arg('trials', 20);
const WARMUP = 2;
const appPort = arg('port', 4312);
const out = outArg();
const APP_OUT = resolve(REPO, `dist/bench-sync-app-${appPort}`);
const nodeNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function importIntoA(page: Page, base: string) {
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).mazmunBenchReady === true);
  const ev = page.evaluate.bind(page);
  await ev(() => (window as unknown as BenchWindow).mazmunBench.useDatabase('mazmun'));
  await ev((o) => (window as unknown as BenchWindow).mazmunBench.generate(o), project);
  await ev(() => (window as unknown as BenchWindow).mazmunBench.importProject());
  return ev(() => (window as unknown as BenchWindow).mazmunBench.openInApp());
}

/** Which app was measured: the commit, and whether sync or store files differed from it. */
function source(): { commit: string; uncommitted: string[] } {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: REPO, encoding: 'utf8' }).trim();
  const dirty = git(
    'status',
    '--porcelain',
    '--',
    'renderer/sync',
    'shared/sync',
    'shared/store',
    'server',
    'renderer/views/transcript',
  );
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommitted: dirty ? dirty.split('\n') : [],
  };
}

async function main(): Promise<number> {
  const loadStart = loadavg();
  const built = source();
  const server = await startServer(arg('sync-port', 5992), `http://127.0.0.1:${appPort}`);
  log(`sync server on ${server.url}; building the app…`);
  const web = await serveAppWithBenchPage(APP_OUT, appPort);
  const base = `http://127.0.0.1:${appPort}/`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs],
  });
  try {
    const viewport = { width: 1440, height: 1000 };
    const ctxA = await browser.newContext({ viewport });
    const ctxB = await browser.newContext({ viewport });
    for (const c of [ctxA, ctxB]) await c.addInitScript(netProbe(server.url));
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    for (const [p, n] of [
      [a, 'A'],
      [b, 'B'],
    ] as const)
      p.on('console', (m) => m.type() === 'error' && log(`${n}: ${m.text()}`));
    log(`generating and importing ${project.codings} codings in ${project.documents} documents…`);
    const { documentTitle, codeName } = await importIntoA(a, base);
    await openApp(a, base);
    let t = nodeNow();
    const address = await publish(a, server.url, 'alice', 'bob');
    const publishMs = nodeNow() - t;
    log(`published in ${Math.round(publishMs)} ms at ${address}; B joins…`);
    await openApp(b, base);
    t = nodeNow();
    await join(b, address, 'bob');
    const joinMs = nodeNow() - t;
    log(`B synced in ${Math.round(joinMs)} ms; opening “${documentTitle}” in both…`);
    await openDocument(a, documentTitle);
    await openDocument(b, documentTitle);
    // B's replica may be synced before its store has applied everything: trials start once B's
    // transcript counts as many codings as A's.
    t = nodeNow();
    const countA = await codingCount(a);
    while ((await codingCount(b)) !== countA) await sleep(500);
    const catchUpMs = nodeNow() - t;

    // Seen on the server: a Node live changes feed of the project's database (admin).
    const dbName = address.replace(/\/$/, '').split('/').pop() ?? '';
    const seenOnServer = new Map<string, number>();
    const watch = new PouchDB(`${server.url}/${dbName}`, {
      auth: { username: server.admin.name, password: server.admin.password },
      skip_setup: true,
    })
      .changes({ live: true, since: 'now' })
      .on('change', (c: { id: string }) => {
        const id = c.id.slice(c.id.indexOf(':') + 1);
        if (c.id.startsWith('codings') && !seenOnServer.has(id)) seenOnServer.set(id, nodeNow());
      });
    const floor = await floorPair(server);
    await sleep(1000);

    const loadTrials = loadavg();
    const clocksBefore = { a: await clockOf(a), b: await clockOf(b) };
    const remote: number[] = [];
    const remoteFrame: number[] = [];
    const stripe: number[] = [];
    const own: number[] = [];
    const toServer: number[] = [];
    const replica: number[] = [];
    const legs: Record<string, number[]> = {};
    let example: Record<string, string[]> = {};
    const failures: string[] = [];
    for (let i = 0; i < trials + WARMUP; i++) {
      if (!(await selectVisible(a, i))) {
        await a.screenshot({ path: resolve(REPO, 'test-results/screens/bench-sync-a.png') });
        throw new Error('No passage could be selected in A (screenshot: bench-sync-a.png).');
      }
      await pickCode(a, codeName);
      await armSyncProbe(a, codeName);
      await armSyncProbe(b, codeName);
      await takeNet(a);
      await takeNet(b);
      await a.keyboard.press('Enter');
      const okA = await waitSyncProbe(a, 10_000);
      const okB = await waitSyncProbe(b, 30_000);
      const pa = await readSyncProbe(a);
      const pb = await readSyncProbe(b);
      const keyNode = pa.keyAt - clocksBefore.a.offsetMs;
      if (!okA || !okB || !pa.keyAt || !pb.ids.some((id) => pa.ids.includes(id))) {
        failures.push(`trial ${i}: A ${okA}, B ${okB}, ids A ${pa.ids} B ${pb.ids}`);
        continue;
      }
      const netA = await takeNet(a);
      const netB = await takeNet(b);
      const floorMs = await floor.ping(i);
      if (i < WARMUP) continue;
      remote.push(pb.markAt - clocksBefore.b.offsetMs - keyNode);
      remoteFrame.push(pb.frameAt - clocksBefore.b.offsetMs - keyNode);
      if (pb.stripeAt) stripe.push(pb.stripeAt - clocksBefore.b.offsetMs - keyNode);
      own.push(pa.markAt - pa.keyAt);
      const s = seenOnServer.get(pa.ids[0] ?? '');
      if (s) toServer.push(s - keyNode);
      replica.push(floorMs);
      const doc = `codings:${pa.ids[0]}`;
      const leg = (name: string, net: NetEvent[], off: number, ok: (e: NetEvent) => boolean) => {
        const e = net.find((x) => x.at - off >= keyNode && ok(x));
        if (e) (legs[name] ??= []).push(e.at - off - keyNode);
      };
      const offA = clocksBefore.a.offsetMs;
      const offB = clocksBefore.b.offsetMs;
      leg(
        'A_push_starts__revs_diff',
        netA,
        offA,
        (e) => e.what === '_revs_diff' && e.phase === 'start',
      );
      leg('A_bulk_docs_sent', netA, offA, (e) => e.what === '_bulk_docs' && e.phase === 'start');
      leg(
        'A_bulk_docs_answered',
        netA,
        offA,
        (e) => e.what === '_bulk_docs' && e.phase === 'json' && e.ids.includes(doc),
      );
      leg(
        'B_changes_answered',
        netB,
        offB,
        (e) => e.what === '_changes' && e.phase === 'json' && e.ids.includes(doc),
      );
      leg(
        'B_docs_fetched',
        netB,
        offB,
        (e) => e.what !== '_changes' && e.phase === 'json' && e.ids.includes(doc),
      );
      const show = (net: NetEvent[], off: number) =>
        net.map(
          (e) =>
            `${(e.at - off - keyNode).toFixed(1)} ${e.phase} ${e.method} ${e.what}${e.ids.includes(doc) ? ' (has it)' : ''}`,
        );
      example = { A: show(netA, offA), B: show(netB, offB) };
      log(
        `trial ${i - WARMUP + 1}: B ${(pb.markAt - clocksBefore.b.offsetMs - keyNode).toFixed(1)} ms, own ${(pa.markAt - pa.keyAt).toFixed(1)} ms, floor ${floorMs.toFixed(1)} ms`,
      );
      await sleep(500 + ((i * 137) % 400));
    }
    const clocksAfter = { a: await clockOf(a), b: await clockOf(b) };
    watch.cancel();
    floor.stop();
    await a.screenshot({ path: resolve(REPO, 'test-results/screens/bench-sync-a.png') });
    await b.screenshot({ path: resolve(REPO, 'test-results/screens/bench-sync-b.png') });

    const result = {
      date: new Date().toISOString(),
      project,
      app: built,
      trials,
      warmup: WARMUP,
      path: 'UI in A: a passage selected, C, the code name typed, Enter (timed from the Enter keydown)',
      setup: {
        publish_ui_ms: Math.round(publishMs),
        join_first_sync_ui_ms: Math.round(joinMs),
        b_store_caught_up_after_ms: Math.round(catchUpMs),
        note: 'setup figures are coarse: Playwright polls the status every 250 ms',
      },
      coding_in_A_to_highlight_in_B_ms: stats(remote),
      coding_in_A_to_frame_after_highlight_in_B_ms: stats(remoteFrame),
      coding_in_A_to_stripe_in_B_ms: stats(stripe),
      coding_in_A_to_server_changes_feed_ms: stats(toServer),
      floor_one_pouchdb_doc_replica_to_replica_ms: stats(replica),
      legs_from_A_enter_ms: Object.fromEntries(Object.entries(legs).map(([k, v]) => [k, stats(v)])),
      floor_A_own_highlight_ms: stats(own),
      requests_of_the_last_trial_ms_from_A_enter: example,
      clocks: { before: clocksBefore, after: clocksAfter },
      failures,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        node: process.version,
        chromium: browser.version(),
        load_average: { start: loadStart, trials_start: loadTrials, end: loadavg() },
      },
    };
    const json = JSON.stringify(result, null, 2);
    process.stdout.write(`${json}\n`);
    if (out) writeFileSync(out, `${json}\n`);
    return failures.length > trials / 2 ? 1 : 0;
  } finally {
    await browser.close();
    await new Promise<void>((done) => web.httpServer.close(() => done()));
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
