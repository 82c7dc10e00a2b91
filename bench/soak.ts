// `npm run soak [-- --count N --seed S]`: N seeded mutations of real files (bench/soak-bases.ts)
// through the importers, each in a worker with a capped heap (resourceLimits) and a watchdog.
// Every input must come back as a Result within 5 s and 500 MB: a throw, a timeout or a worker
// killed for memory is a failure (exit code 1). stdout carries one JSON object; progress goes
// to stderr. The floor beside each figure: the same importer on the unmutated file.
import { Worker } from 'node:worker_threads';
import { createRng } from './prng';
import { soakBases } from './soak-bases';
import { mutate, type SoakBase, type SoakInput } from './soak-mutate';
import type { SoakAnswer } from './soak-worker';

const TIME_LIMIT_MS = 5_000;
const HEAP_LIMIT_MB = 500;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

type Outcome = SoakAnswer['outcome'] | 'timeout' | 'out-of-memory';

class Runner {
  private worker: Worker | null = null;
  restarts = 0;

  private async spawn(): Promise<Worker> {
    this.restarts++;
    const worker = new Worker(new URL('./soak-worker-boot.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 32 },
    });
    await new Promise<void>((ready, failed) => {
      worker.once('message', (m) => (m === 'ready' ? ready() : failed(new Error(String(m)))));
      worker.once('error', failed);
    });
    return worker;
  }

  /** One input; the worker is replaced after a timeout or a crash. */
  async run(
    id: number,
    input: SoakBase,
  ): Promise<SoakAnswer | { outcome: Outcome; reason: string }> {
    const worker = (this.worker ??= await this.spawn());
    return new Promise((resolve) => {
      const done = (r: SoakAnswer | { outcome: Outcome; reason: string }, kill: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (kill) {
          void worker.terminate();
          this.worker = null;
        }
        resolve(r);
      };
      const onMessage = (a: SoakAnswer) => {
        if (a.id === id) done(a, false);
      };
      const onError = (e: Error & { code?: string }) =>
        done(
          {
            outcome: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'threw',
            reason: `${e.code ?? e.name}: ${e.message}`,
          },
          true,
        );
      const timer = setTimeout(
        () => done({ outcome: 'timeout', reason: `over ${TIME_LIMIT_MS} ms` }, true),
        TIME_LIMIT_MS,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, kind: input.kind, name: input.name, bytes: input.bytes });
    });
  }

  close(): Promise<number> | undefined {
    return this.worker?.terminate();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  const count = arg('count', 1000);
  const seed = arg('seed', 20261123);
  const rng = createRng(seed);
  const bases = await soakBases();
  const runner = new Runner();

  // The floor: each unmutated file, after one warm-up run.
  const floor: Record<string, { ms: number; heapMb: number }> = {};
  for (const base of bases) {
    await runner.run(-1, base);
    const r = await runner.run(-2, base);
    if (r.outcome !== 'ok' || !('ms' in r)) throw new Error(`${base.name}: ${r.reason ?? ''}`);
    floor[base.kind] = { ms: round(r.ms), heapMb: round(r.heapMb) };
  }

  const counts: Record<string, Record<Outcome, number>> = {};
  const failures: { mutation: string; kind: string; outcome: Outcome; reason: string }[] = [];
  const reasons = new Map<string, number>();
  let slowest: { ms: number; input?: SoakInput } = { ms: 0 };
  let biggest: { heapMb: number; externalMb: number; input?: SoakInput } = {
    heapMb: 0,
    externalMb: 0,
  };
  const times: number[] = [];
  const slow: string[] = [];
  const started = performance.now();
  for (let id = 0; id < count; id++) {
    const base = rng.pick(bases);
    const input = await mutate(base, rng);
    const r = await runner.run(id, input);
    const byKind = (counts[input.kind] ??= {
      ok: 0,
      refused: 0,
      threw: 0,
      timeout: 0,
      'out-of-memory': 0,
    });
    byKind[r.outcome]++;
    if ('ms' in r) {
      times.push(r.ms);
      if (r.ms > slowest.ms) slowest = { ms: r.ms, input };
      if (r.ms > 2_000) slow.push(`${round(r.ms)} ms, ${input.name}: ${input.mutation}`);
      if (r.heapMb > biggest.heapMb)
        biggest = { heapMb: r.heapMb, externalMb: r.externalMb, input };
    }
    if (r.outcome === 'refused' && r.reason) {
      const key = r.reason
        .replace(/\d[\d,.]*/g, 'N')
        .replace(/"[^"]*"/g, '"…"')
        .slice(0, 90);
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    const bad = r.outcome === 'threw' || r.outcome === 'timeout' || r.outcome === 'out-of-memory';
    if (bad || ('ms' in r && (r.ms > TIME_LIMIT_MS || r.heapMb > HEAP_LIMIT_MB))) {
      failures.push({
        kind: input.kind,
        mutation: input.mutation,
        outcome: r.outcome,
        reason: r.reason ?? '',
      });
    }
    if ((id + 1) % 50 === 0) process.stderr.write(`soak: ${id + 1}/${count}\n`);
  }
  await runner.close();
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  const summary = {
    seed,
    inputs: count,
    wall_s: round((performance.now() - started) / 1000),
    limits: { time_ms: TIME_LIMIT_MS, heap_mb: HEAP_LIMIT_MB },
    floor_unmutated: floor,
    outcomes: counts,
    ms: { p50: at(0.5), p95: at(0.95), max: round(slowest.ms) },
    slowest: slowest.input ? `${slowest.input.name}: ${slowest.input.mutation}` : null,
    heap_mb_max: round(biggest.heapMb),
    external_mb_at_heap_max: round(biggest.externalMb),
    biggest: biggest.input ? `${biggest.input.name}: ${biggest.input.mutation}` : null,
    over_2s: slow,
    worker_restarts: runner.restarts - 1,
    top_refusals: [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12),
    failures,
  };
  process.stdout.write(JSON.stringify(summary, null, 1) + '\n');
  process.exitCode = failures.length > 0 ? 1 : 0;
}

void main();
