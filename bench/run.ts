// `npm run bench`: builds the bench page, drives it in Chromium (real IndexedDB) and prints ONE
// JSON object of figures on stdout (progress goes to stderr). See bench/README.md.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { buildBenchPage } from './run/build-page';
import { HeapSampler } from './run/heap-sampler';
import { parseBenchArgs } from './run/options';
import { runStoreBench } from './run/store-bench';
import { runUiBench } from './run/ui-bench';

export const TARGETS = {
  open_project_ms: 500,
  recompute_ms: 100,
  apply_coding_ui_ms: 50,
  search_ms: 300,
  search_cold_ms: 300,
  // The first search after opening answers progressively: its first hits are what must come fast.
  search_first_hits_ms: 300,
} as const;

const round2 = (x: number) => Math.round(x * 100) / 100;
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

// Vite warns about the app's config loader on every build: noise in the bench's output.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  const executablePath = chromiumPath();
  if (!executablePath) {
    log('No Chromium found: install one or set MAZMUN_CHROMIUM.');
    return 1;
  }
  const started = Date.now();
  // Other work on the machine slows every figure: the report says how busy it was.
  const loadAtStart = loadavg()[0] ?? 0;
  log('building the bench page…');
  const root = await buildBenchPage();
  const server = await startStaticServer({ root });
  // Precise figures from performance.memory and the heap metrics, not bucketed ones.
  const args = [...chromiumArgs, '--enable-precise-memory-info'];
  const browser = await chromium.launch({ executablePath, args });
  const notes: string[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const heap = await HeapSampler.attach(cdp);
    const store = await runStoreBench(page, server.url, heap, options, log);
    await context.close();
    const ui = options.ui
      ? await runUiBench(browser, options.project, options.runs, log).catch(
          // The store figures are still worth printing when the app cannot be driven.
          (e: unknown) => ({
            apply_coding_ui_ms: null,
            figures: {},
            samples: {},
            note: `UI figure failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
          }),
        )
      : {
          apply_coding_ui_ms: null,
          figures: {},
          samples: {},
          note: 'UI figure skipped (--no-ui).',
        };
    if (ui.note) notes.push(ui.note);
    const cores = cpus().length;
    if (Math.max(loadAtStart, loadavg()[0] ?? 0) > cores) {
      notes.push(`The machine was busy (load average above ${cores} cores): figures are inflated.`);
    }
    const figures: Record<string, number | null> = {
      ...store.figures,
      apply_coding_ui_ms: ui.apply_coding_ui_ms,
      // The store round trip under the keypress: the UI cannot be faster than this.
      apply_coding_ui_lower_bound_ms: store.figures.apply_coding_ms ?? null,
      ...ui.figures,
    };
    const overTarget = Object.entries(TARGETS)
      .filter(([k, limit]) => {
        const v = figures[k];
        return typeof v === 'number' && v > limit;
      })
      .map(([k]) => k);
    const g = store.generated;
    const require = createRequire(import.meta.url);
    const report = {
      date: new Date().toISOString(),
      mode: options.mode,
      seed: options.project.seed,
      runs: options.runs,
      sizes: {
        documents: g.documents,
        words: g.words,
        characters: g.characters,
        codes: g.codes,
        levels: g.levels,
        codings: g.codings,
        cases: g.cases,
      },
      ...figures,
      targets: TARGETS,
      over_target: overTarget,
      checks: store.checks,
      samples: { ...store.samples, ...ui.samples },
      machine: {
        cores,
        cpu: cpus()[0]?.model ?? 'unknown',
        memory_gb: Math.round(totalmem() / 1024 ** 3),
        platform: `${process.platform}-${process.arch}`,
        node: process.version,
        chromium: browser.version(),
        playwright: (require('@playwright/test/package.json') as { version: string }).version,
        load_average_1m: { start: round2(loadAtStart), end: round2(loadavg()[0] ?? 0) },
      },
      total_s: Math.round((Date.now() - started) / 1000),
      notes,
    };
    // Sample lists on one line each: the figures stay readable at the top of the output.
    const json = JSON.stringify(report, null, 2).replace(
      /\[\s+([-\d.,\s]+?)\s+\]/g,
      (_, xs: string) => `[${xs.split(/,\s*/).join(', ')}]`,
    );
    process.stdout.write(`${json}\n`);
    if (options.out) writeFileSync(options.out, `${json}\n`);
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
