// `npx tsx bench/network.ts [--runs N] [--codings K]`: the thematic network map at 200 codes
// (8 global / 32 organizing / 160 basic, bench/generate.ts), as the Analysis view makes it: the
// rows from the frequency table, the d3-force layout, the SVG string. Prints ONE JSON object.
// The floor — building the rows alone, measured in the same run — says how much of the figure
// is the map itself. Target: layout + SVG under 500 ms (issue 10, §9).
import { loadavg } from 'node:os';
import { computeFrequencyTable } from '../shared/analysis/frequencies';
import { networkRows } from '../shared/analysis/network';
import { layoutNetwork } from '../shared/analysis/network-layout';
import { networkSvg } from '../shared/report/network-svg';
import { generateProject } from './generate';

const TARGET_MS = 500;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const round2 = (x: number): number => Math.round(x * 100) / 100;

function time<T>(work: () => T): [T, number] {
  const t0 = performance.now();
  const out = work();
  return [out, performance.now() - t0];
}

const runs = option('runs', 5);
const { snapshot } = generateProject({
  seed: 1,
  documents: 50,
  words: 100_000,
  codes: 200,
  codings: option('codings', 5000),
});

const floor: number[] = [];
const layout: number[] = [];
const svg: number[] = [];
const total: number[] = [];
// CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
const cpu: number[] = [];
let nodes = 0;
let size = { width: 0, height: 0 };
for (let i = 0; i < runs; i++) {
  const [rows, tRows] = time(() =>
    networkRows(computeFrequencyTable({ ...snapshot, convention: 'paper' }).rows),
  );
  const c0 = process.cpuUsage();
  const [placed, tLayout] = time(() => layoutNetwork(rows));
  const [, tSvg] = time(() => networkSvg(placed, { title: 'bench', lang: 'fa' }));
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  floor.push(tRows);
  layout.push(tLayout);
  svg.push(tSvg);
  total.push(tLayout + tSvg);
  nodes = rows.nodes.length;
  size = { width: placed.width, height: placed.height };
}

const network_map_ms = round2(median(total));
process.stdout.write(
  `${JSON.stringify(
    {
      codes: snapshot.codes.length,
      nodes,
      codings: snapshot.codings.length,
      runs,
      load_average: round2(loadavg()[0] ?? 0),
      floor_rows_ms: round2(median(floor)),
      layout_ms: round2(median(layout)),
      svg_ms: round2(median(svg)),
      network_map_ms,
      network_map_cpu_ms: round2(median(cpu)),
      target_ms: TARGET_MS,
      within_target: network_map_ms < TARGET_MS,
      map_px: size,
      samples_ms: total.map(round2),
    },
    null,
    2,
  )}\n`,
);
