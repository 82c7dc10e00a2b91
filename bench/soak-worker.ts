// Runs one importer per message, inside a worker whose heap is capped (bench/soak.ts sets
// resourceLimits), and reports how it ended, how long it took and how much heap it held.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { importQdpx } from '../shared/exchange/qdpx-import';
import { importFile } from '../shared/import/import-file';
import type { SoakKind } from './soak-mutate';

export interface SoakJob {
  readonly id: number;
  readonly kind: SoakKind;
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SoakAnswer {
  readonly id: number;
  readonly outcome: 'ok' | 'refused' | 'threw';
  readonly reason?: string;
  readonly ms: number;
  /** The heap V8 had committed right after the import (no GC since it started): ~its peak. */
  readonly heapMb: number;
  /** ArrayBuffers (inflated entries, decoded bytes): outside the heap limit, so counted apart. */
  readonly externalMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

parentPort?.on('message', (job: SoakJob) => {
  void run(job).then((answer) => parentPort?.postMessage(answer));
});
// Loaded and compiled: the watchdog starts only now, so a worker's start-up is never an input's.
parentPort?.postMessage('ready');

async function run(job: SoakJob): Promise<SoakAnswer> {
  gc?.();
  const t0 = performance.now();
  let outcome: SoakAnswer['outcome'];
  let reason: string | undefined;
  try {
    const r =
      job.kind === 'qdpx'
        ? await importQdpx(job.bytes, { now: 0 })
        : await importFile(job.name, job.bytes);
    outcome = r.ok ? 'ok' : 'refused';
    reason = r.ok ? undefined : r.reason;
  } catch (e) {
    outcome = 'threw';
    reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const ms = performance.now() - t0;
  const heap = getHeapStatistics();
  return {
    id: job.id,
    outcome,
    ...(reason === undefined ? {} : { reason }),
    ms,
    heapMb: heap.total_heap_size / MB,
    externalMb: heap.external_memory / MB,
  };
}
