// The store-level figures, measured in Chromium's real IndexedDB through the bench page.
import type { Page } from '@playwright/test';
import type { BenchApi, BenchWindow, GenerateResult } from '../page/api';
import type { HeapSampler } from './heap-sampler';
import { type BenchOptions, median, roundMs } from './options';

type Log = (message: string) => void;

/** Calls one bench function in the page (arguments must be JSON). */
function call<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const api = (window as unknown as BenchWindow).mazmunBench as unknown as Record<
        string,
        (...x: unknown[]) => unknown
      >;
      return (api[n] as (...x: unknown[]) => unknown)(...a);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).mazmunBenchReady === true);
}

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** Runs `fn` `runs` times; returns the samples in ms. */
async function repeat(runs: number, fn: (i: number) => Promise<{ ms: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push((await fn(i)).ms);
  return out;
}

export interface StoreFigures {
  readonly generated: GenerateResult;
  readonly figures: Record<string, number>;
  readonly samples: Record<string, number[]>;
  readonly checks: Record<string, number>;
}

export async function runStoreBench(
  page: Page,
  url: string,
  heap: HeapSampler,
  options: Pick<BenchOptions, 'project' | 'runs' | 'importFloor'>,
  log: Log,
): Promise<StoreFigures> {
  const { project, runs } = options;
  await page.goto(url);
  await ready(page);
  await call(page, 'reset');

  // Phase 1: generate and import, in a page of its own.
  heap.start();
  log(
    `generating ${project.documents} interviews, ${project.words} words, ${project.codings} codings…`,
  );
  const generated = await call(page, 'generate', project);
  log(
    `generated in ${Math.round(generated.ms)} ms (${generated.characters} characters); importing…`,
  );
  const imported = await call(page, 'importProject');
  log(`imported ${imported.rows} rows in ${Math.round(imported.ms)} ms; raw write for comparison…`);
  const rawImport = options.importFloor ? await call(page, 'importLowerBound') : null;
  if (options.importFloor) {
    log('writing the codings as v2 rows too, for the old floor…');
    await call(page, 'writeCodingRows');
  }
  const importPeak = await heap.stop();
  await call(page, 'forget');

  // Phase 2: a fresh page, as after launching the app with the project already stored.
  await page.reload();
  await ready(page);
  const baseline = await heap.retained();
  heap.start();
  log('opening the project store…');
  const open: number[] = [];
  const openLb: number[] = [];
  const openV2: number[] = [];
  let codingsLoaded = 0;
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither figure always gets the warmer cache.
    const first = i % 2 === 0;
    if (!first) openLb.push((await call(page, 'openLowerBound')).ms);
    const o = await call(page, 'openStore');
    open.push(o.ms);
    codingsLoaded = o.codings;
    if (first) openLb.push((await call(page, 'openLowerBound')).ms);
    if (options.importFloor) openV2.push((await call(page, 'openRowsFloor')).ms);
  }
  const storeRetained = (await heap.retained()) - baseline;

  log('recomputing the frequency table…');
  const rc = await call(page, 'recompute');
  const recompute = [rc.ms, ...(await repeat(runs * 3 - 1, () => call(page, 'recompute')))];
  const recomputeLb = await repeat(runs * 3, () => call(page, 'recomputeLowerBound'));

  log('applying codings through the store…');
  const apply = await repeat(runs * 6, (i) => call(page, 'applyCoding', i));
  const applyLb = await repeat(runs * 6, (i) => call(page, 'applyCodingLowerBound', 1000 + i));

  log(`searching for «${generated.searchQuery}»…`);
  // The raw key read once before any search (what the first query meets: nothing of the keys
  // read yet in this page), then the first query, then more first queries on fresh indexes:
  // their median is compared with the floors measured after them, on the same warm caches.
  const searchKeysFirst = await call(page, 'searchKeysLowerBound');
  const cold = await call(page, 'searchCold', generated.searchQuery);
  const colds = [
    cold.ms,
    ...(await repeat(runs - 1, () => call(page, 'searchCold', generated.searchQuery))),
  ];
  // The progressive first search (the app's path): each sample on a fresh index right after a
  // raw key read of its own, so the floor is read on the same caches as the search it bounds.
  const progKeys: number[] = [];
  const progFirst: number[] = [];
  const progFirstHits: number[] = [];
  const progDone: number[] = [];
  let progHits = 0;
  let progPartials = 0;
  let progFirstHitCount = 0;
  for (let i = 0; i < runs; i++) {
    progKeys.push((await call(page, 'searchKeysLowerBound')).ms);
    const p = await call(page, 'searchColdProgressive', generated.searchQuery);
    progFirst.push(p.firstMs);
    progFirstHits.push(p.firstHitsMs);
    progDone.push(p.ms);
    progHits = p.hits;
    progPartials = p.partials;
    progFirstHitCount = p.firstHits;
  }
  let hits = cold.hits;
  const search = await repeat(runs * 3, async () => {
    const s = await call(page, 'search', generated.searchQuery);
    hits = s.hits;
    return s;
  });
  const searchLb = await repeat(runs, () => call(page, 'searchLowerBound'));
  const searchKeysLb = await repeat(runs, () => call(page, 'searchKeysLowerBound'));
  const searchCpu = await repeat(runs, () => call(page, 'searchCpu', generated.searchQuery));
  const peak = await heap.stop();
  await call(page, 'closeStore');

  const samples = {
    open_project_ms: open,
    open_project_lower_bound_ms: openLb,
    open_project_v2_floor_ms: openV2,
    recompute_ms: recompute,
    recompute_lower_bound_ms: recomputeLb,
    apply_coding_ms: apply,
    apply_coding_lower_bound_ms: applyLb,
    search_ms: search,
    search_cold_ms: colds,
    search_cold_first_ms: [cold.ms],
    search_keys_first_read_ms: [searchKeysFirst.ms],
    search_lower_bound_ms: searchLb,
    search_keys_lower_bound_ms: searchKeysLb,
    search_cpu_ms: searchCpu,
    search_first_partial_ms: progFirst,
    search_first_hits_ms: progFirstHits,
    search_progressive_complete_ms: progDone,
    search_progressive_keys_floor_ms: progKeys,
  };
  const figures: Record<string, number> = {
    generate_ms: roundMs(generated.ms),
    import_ms: roundMs(imported.ms),
    import_docs_per_s: Math.round(imported.documents / (imported.ms / 1000)),
    import_codings_per_s: Math.round(generated.codings / (imported.ms / 1000)),
  };
  if (rawImport) {
    figures.import_lower_bound_ms = roundMs(rawImport.ms);
    figures.import_docs_per_s_upper_bound = Math.round(rawImport.documents / (rawImport.ms / 1000));
  }
  for (const [k, v] of Object.entries(samples)) if (v.length) figures[k] = roundMs(median(v));
  figures.open_project_first_ms = roundMs(open[0] as number);
  figures.peak_memory_mb = mb(peak);
  figures.import_peak_memory_mb = mb(importPeak);
  figures.store_retained_mb = mb(storeRetained);
  return {
    generated,
    figures,
    samples: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(roundMs)])),
    checks: {
      codings_loaded: codingsLoaded,
      references_counted: rc.references,
      frequency_rows: rc.rows,
      search_hits: hits,
      search_cold_hits: cold.hits,
      search_progressive_hits: progHits,
      search_progressive_partials: progPartials,
      search_progressive_first_hits: progFirstHitCount,
      search_expected_hits: generated.searchWordCount,
    },
  };
}
