// The command line's wall time: `node bin/mazmun.mjs report fixtures/azerbaijan --format json`,
// median of N runs, beside its floor — `node -e ''`, a node that starts and does nothing — and
// the same report through tsx (the sources, as bin/ runs them when the bundle is missing or
// stale). Run alone (`npm run bench -- --cli`) or as part of `npm run bench`. stdout: one JSON
// object; progress on stderr.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../bin/cli-entry.mjs';
import { buildCli } from '../scripts/lib/build-cli.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT = ['report', 'fixtures/azerbaijan', '--format', 'json'];

function wallMs(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round1 = (x) => Math.round(x * 10) / 10;

/** @param {{ runs?: number, log?: (m: string) => void }} [options] */
export async function measureCliStart(options = {}) {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  const ensureBundle = async () => {
    if (freshBundle(ROOT)) return;
    log('the bundle in dist-cli/ is missing or older than the sources: building it…');
    await buildCli();
  };
  // A sample counts only if the bundle was fresh before and after it (a source edited meanwhile
  // sends bin/ to tsx): the figure is the bundle's, not a mix.
  const bundledMs = async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await ensureBundle();
      const ms = wallMs(['bin/mazmun.mjs', ...REPORT]);
      if (freshBundle(ROOT)) return ms;
    }
    throw new Error('the sources keep changing: no sample ran the bundle');
  };
  const loadAtStart = loadavg()[0] ?? 0;
  // Alternated, so a burst of load on the machine hits all three alike.
  const cli = [];
  const floor = [];
  const tsx = [];
  await bundledMs(); // warms the file cache
  for (let i = 0; i < runs; i++) {
    log(`cli start: run ${i + 1}/${runs}`);
    cli.push(await bundledMs());
    floor.push(wallMs(['-e', '']));
    tsx.push(wallMs(['--import', 'tsx', 'cli/main.ts', ...REPORT]));
  }
  return {
    cli_report_ms: round1(median(cli)),
    cli_report_lower_bound_ms: round1(median(floor)),
    cli_report_tsx_ms: round1(median(tsx)),
    cli_report_samples: cli.map(round1),
    cli_runs: runs,
    cli_load_average_1m: [round1(loadAtStart), round1(loadavg()[0] ?? 0)],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  const figures = await measureCliStart({
    runs: Number.isInteger(runs) && runs > 0 ? runs : 5,
    log: (m) => process.stderr.write(`[bench] ${m}\n`),
  });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
