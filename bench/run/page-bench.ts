// The set-up the page benches share (bench/analysis-page.ts, bench/longtask.ts): build a bench
// page folder with Vite, serve it on loopback, open it in Chromium, hand the page to the bench's
// measuring, then print its figures with the machine they were taken on as ONE JSON object on
// stdout (and in --out FILE). Progress goes to stderr.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, type InlineConfig } from 'vite';
import { chromiumArgs, chromiumPath } from '../../e2e/support/browser';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import type { GenerateOptions } from '../generate';
import { FULL, QUICK } from './options';
import { REPO } from './build-page';

/** The value after `name` in argv, if any. */
export function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The generated project of `npm run bench` at its full or its --quick size. */
export function benchProject(quick: boolean): GenerateOptions {
  return { seed: 1, ...(quick ? QUICK : FULL) };
}

export interface PageBenchSetup {
  /** The log prefix: `[name] …` on stderr. */
  readonly name: string;
  /** The page's folder under bench/ (its index.html sets the page's API on window). */
  readonly folder: string;
  /** The build's folder under the repository (an env variable may name one's own). */
  readonly outDir: string;
  /** Vite options beyond the defaults (a worker's format). */
  readonly vite?: Pick<InlineConfig, 'worker'>;
  readonly chromiumFlags?: readonly string[];
  /** The window property the page sets when it is ready. */
  readonly api: string;
  /** Where else to write the JSON (--out). */
  readonly out: string | undefined;
}

export interface PageBenchContext {
  readonly page: Page;
  readonly browser: Browser;
  readonly log: (m: string) => void;
}

/**
 * Runs `measure` against the built page and prints what it returns, `machine` added last.
 * Resolves to the process's exit code.
 */
export async function runPageBench(
  setup: PageBenchSetup,
  measure: (b: PageBenchContext) => Promise<Record<string, unknown>>,
): Promise<number> {
  const log = (m: string) => process.stderr.write(`[${setup.name}] ${m}\n`);
  const executablePath = chromiumPath();
  if (!executablePath) {
    log('No Chromium found: install one or set MAZMUN_CHROMIUM.');
    return 1;
  }
  // Other work on the machine slows every figure: the report says how busy it was.
  const loadAtStart = loadavg()[0] ?? 0;
  log('building the page…');
  const root = resolve(REPO, setup.outDir);
  await build({
    configFile: false,
    root: resolve(REPO, setup.folder),
    base: './',
    logLevel: 'warn',
    ...setup.vite,
    build: { outDir: root, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  });
  const server = await startStaticServer({ root });
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, ...(setup.chromiumFlags ?? [])],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && log(`page: ${m.text()}`));
    // A full-size run's steps take minutes: no step of a bench times out.
    page.setDefaultTimeout(0);
    await page.goto(new URL('index.html', server.url).href);
    await page.waitForFunction((api) => api in window, setup.api);
    const figures = await measure({ page, browser, log });
    const report = {
      ...figures,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        node: process.version,
        chromium: browser.version(),
        load_average_1m: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      },
    };
    const json = JSON.stringify(report, null, 2);
    process.stdout.write(`${json}\n`);
    if (setup.out) writeFileSync(setup.out, `${json}\n`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs a bench's main and exits with its code (1, the stack on stderr, when it throws). */
export function exitWith(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(
        `[${name}] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exit(1);
    },
  );
}
