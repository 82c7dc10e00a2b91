// `node --import tsx bench/longtask.ts [--quick] [--runs N] [--out FILE]`: the longest task on
// the page's main thread while a backup of 100k codings is restored and while a 50 MB hostile
// transcript is imported — the work inline (as before the heavy-work worker), through the
// worker (the app's path now), and the floor (an echo job of the same bytes through the worker).
// Prints ONE JSON object on stdout; progress on stderr. Target: under 100 ms through the worker.
// `--hostile-only` skips the backup (its figures are then null): the transcript's read and save
// alone, a few minutes instead of a quarter of an hour.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import type { LongTaskApi, LongTaskMode, LongTasks } from './page/longtask';
import { REPO } from './run/build-page';

const log = (m: string) => process.stderr.write(`[longtask] ${m}\n`);
const TARGET_MS = 100;
// The floor and the worker first: the inline run leaves the most garbage behind.
const MODES: readonly LongTaskMode[] = ['floor', 'worker', 'inline'];

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function buildPage(): Promise<string> {
  const out = resolve(REPO, process.env.MAZMUN_LONGTASK_OUT ?? 'dist/bench-longtask');
  await build({
    configFile: false,
    root: resolve(REPO, 'bench/page'),
    base: './',
    logLevel: 'warn',
    // As the app (vite.config.ts): the worker is an ES module.
    worker: { format: 'es' },
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  });
  return out;
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const runs = Number(option(args, '--runs') ?? 1);
  const out = option(args, '--out');
  const hostileOnly = args.includes('--hostile-only');
  const project = quick
    ? { seed: 1, documents: 50, words: 100_000, codes: 200, codings: 5_000 }
    : { seed: 1, documents: 1_000, words: 5_000_000, codes: 200, codings: 100_000 };
  const hostileMb = quick ? 5 : 50;
  const executablePath = chromiumPath();
  if (!executablePath) {
    log('No Chromium found: install one or set MAZMUN_CHROMIUM.');
    return 1;
  }
  const loadAtStart = loadavg()[0] ?? 0;
  log('building the bench page…');
  const server = await startStaticServer({ root: await buildPage() });
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && log(`page: ${m.text()}`));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => 'mazmunLongTasks' in window);

    const backupRuns: Record<LongTaskMode, LongTasks[]> = { inline: [], worker: [], floor: [] };
    let backup: { bytes: number } | null = null;
    if (!hostileOnly) {
      log(`generating ${project.codings} codings in ${project.documents} documents…`);
      backup = await page.evaluate((o) => {
        const a = (window as unknown as { mazmunLongTasks: LongTaskApi }).mazmunLongTasks;
        return a.prepareBackup(o);
      }, project);
    }
    for (let i = 0; i < (hostileOnly ? 0 : runs); i++) {
      for (const mode of MODES) {
        log(`backup import, ${mode} (run ${i + 1})…`);
        backupRuns[mode].push(
          await page.evaluate(
            (m) =>
              (window as unknown as { mazmunLongTasks: LongTaskApi }).mazmunLongTasks.backupImport(
                m,
              ),
            mode,
          ),
        );
      }
    }

    log(`a ${hostileMb} MB hostile transcript…`);
    const hostile = await page.evaluate(
      (mb) =>
        (window as unknown as { mazmunLongTasks: LongTaskApi }).mazmunLongTasks.prepareHostileText(
          mb,
        ),
      hostileMb,
    );
    const hostileRuns: Record<LongTaskMode, { read: LongTasks; save: LongTasks }[]> = {
      inline: [],
      worker: [],
      floor: [],
    };
    for (let i = 0; i < runs; i++) {
      for (const mode of MODES) {
        log(`hostile transcript, ${mode} (run ${i + 1})…`);
        hostileRuns[mode].push(
          await page.evaluate(
            (m) =>
              (
                window as unknown as { mazmunLongTasks: LongTaskApi }
              ).mazmunLongTasks.hostileTextImport(m),
            mode,
          ),
        );
      }
    }

    const longest = (xs: readonly LongTasks[]) =>
      xs.length > 0 ? median(xs.map((x) => x.longest_ms)) : null;
    const figures = {
      backup_import_longest_task_inline_ms: longest(backupRuns.inline),
      backup_import_longest_task_worker_ms: longest(backupRuns.worker),
      backup_import_longest_task_floor_ms: longest(backupRuns.floor),
      hostile_read_longest_task_inline_ms: longest(hostileRuns.inline.map((r) => r.read)),
      hostile_read_longest_task_worker_ms: longest(hostileRuns.worker.map((r) => r.read)),
      hostile_read_longest_task_floor_ms: longest(hostileRuns.floor.map((r) => r.read)),
      // Saving the parsed text (addDocuments, the store's one transaction) runs on the page:
      // inline without a search key (computed on the page), through the worker with the key the
      // worker computed; the floor writes a text and key of the same size straight to the table.
      hostile_save_longest_task_inline_ms: longest(hostileRuns.inline.map((r) => r.save)),
      hostile_save_longest_task_ms: longest(hostileRuns.worker.map((r) => r.save)),
      hostile_save_longest_task_floor_ms: longest(hostileRuns.floor.map((r) => r.save)),
    };
    const overTarget = [
      'backup_import_longest_task_worker_ms',
      'hostile_read_longest_task_worker_ms',
      'hostile_save_longest_task_ms',
    ].filter((k) => ((figures as Record<string, number>)[k] ?? 0) > TARGET_MS);
    const report = {
      date: new Date().toISOString(),
      sizes: { ...project, backup_bytes: backup?.bytes ?? null, hostile_bytes: hostile.bytes },
      runs,
      ...figures,
      target_ms: TARGET_MS,
      over_target: overTarget,
      samples: { backup: backupRuns, hostile: hostileRuns },
      machine: {
        cores: cpus().length,
        chromium: browser.version(),
        load_average_1m: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      },
    };
    const json = JSON.stringify(report, null, 2);
    process.stdout.write(`${json}\n`);
    if (out) writeFileSync(out, `${json}\n`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
