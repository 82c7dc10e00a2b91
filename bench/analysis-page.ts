// `node --import tsx bench/analysis-page.ts [--quick] [--runs N] [--out FILE]`: issue 10's speed
// targets measured in the page (Chromium, the app's IndexedDB and store), not in Node: crosstab,
// co-occurrence and agreement at 1,000 interviews / 100k codings under 200 ms each, the network
// map's first draw at 200 codes under 500 ms. Each figure is the median of N runs (default 5)
// beside floors from the same run: a bare loop over the open store's codings and the frequency
// table (the report's recompute) for the analyses, the DOM insertion of the same SVG for the map.
// Prints ONE JSON object on stdout; progress on stderr.
import type { AnalysisBenchApi } from './analysis-page/main';
import { benchProject, exitWith, option, runPageBench } from './run/page-bench';

const TARGETS = { analysis_ms: 200, network_first_draw_ms: 500 };

type Api = { mazmunAnalysisBench: AnalysisBenchApi };

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const runs = Number(option(args, '--runs') ?? 5);
  const project = benchProject(args.includes('--quick'));
  const setup = {
    name: 'analysis-page',
    folder: 'bench/analysis-page',
    outDir: process.env.MAZMUN_ANALYSIS_BENCH_OUT ?? 'dist/bench-analysis',
    api: 'mazmunAnalysisBench',
    out: option(args, '--out'),
  };
  return runPageBench(setup, async ({ page, log }) => {
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
    return { project, runs, prepared, analyses, network, targets: TARGETS, over_target: over };
  });
}

exitWith('analysis-page', main);
