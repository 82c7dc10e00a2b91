// `node --import tsx bench/analysis-page.ts [--quick] [--runs N] [--out FILE]`: issue 10's speed
// targets measured in the page (Chromium, the app's IndexedDB and store), not in Node: crosstab,
// co-occurrence and agreement at 1,000 interviews / 100k codings under 200 ms each, the network
// map's first draw at 200 codes under 500 ms. Each figure is the median of N runs (default 5)
// beside floors from the same run: a bare loop over the open store's codings and the frequency
// table (the report's recompute) for the analyses, the DOM insertion of the same SVG for the map.
// Prints ONE JSON object on stdout; progress on stderr.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import type { AnalysisBenchApi } from './analysis-page/main';
import { REPO } from './run/build-page';

const log = (m: string) => process.stderr.write(`[analysis-page] ${m}\n`);
const TARGETS = { analysis_ms: 200, network_first_draw_ms: 500 };

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function buildPage(): Promise<string> {
  const out = resolve(REPO, process.env.MAZMUN_ANALYSIS_BENCH_OUT ?? 'dist/bench-analysis');
  await build({
    configFile: false,
    root: resolve(REPO, 'bench/analysis-page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  });
  return out;
}

type Api = { mazmunAnalysisBench: AnalysisBenchApi };

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const runs = Number(option(args, '--runs') ?? 5);
  const out = option(args, '--out');
  const project = quick
    ? { seed: 1, documents: 50, words: 100_000, codes: 200, codings: 5_000 }
    : { seed: 1, documents: 1_000, words: 5_000_000, codes: 200, codings: 100_000 };
  const executablePath = chromiumPath();
  if (!executablePath) {
    log('No Chromium found: install one or set MAZMUN_CHROMIUM.');
    return 1;
  }
  const loadAtStart = loadavg()[0] ?? 0;
  log('building the page…');
  const server = await startStaticServer({ root: await buildPage() });
  const browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && log(`page: ${m.text()}`));
    page.setDefaultTimeout(0);
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => 'mazmunAnalysisBench' in window);
    log(`generating and importing ${project.codings} codings in ${project.documents} documents…`);
    const prepared = await page.evaluate(
      (o) => (window as unknown as Api).mazmunAnalysisBench.prepare(o),
      project,
    );
    log(`imported (${prepared.generate_and_import_ms} ms); timing the analyses…`);
    const analyses = await page.evaluate(
      (n) => (window as unknown as Api).mazmunAnalysisBench.measureAnalyses(n),
      runs,
    );
    log('timing the network map…');
    const network = await page.evaluate(
      (n) => (window as unknown as Api).mazmunAnalysisBench.measureNetwork(n),
      runs,
    );
    const over: string[] = [];
    for (const [k, v] of Object.entries(analyses)) {
      if (typeof v === 'object' && !k.startsWith('floor') && v.median > TARGETS.analysis_ms)
        over.push(k);
    }
    if (network.network_first_draw_ms > TARGETS.network_first_draw_ms)
      over.push('network_first_draw_ms');
    const result = {
      project,
      runs,
      prepared,
      analyses,
      network,
      targets: TARGETS,
      over_target: over,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        node: process.version,
        chromium: browser.version(),
        load_average_1m: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      },
    };
    const json = JSON.stringify(result, null, 2);
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
    log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
