// The worker's side of shared/worker-protocol.ts: validates each message, runs its job, posts
// progress and one result per job. The Worker entry and the inline transport both use it.
import type { MazmunDb } from '../../shared/db/database';
import type { Result } from '../../shared/model/snapshot';
import { parseToWorker, type FromWorker, type HeavyJob } from '../../shared/worker-protocol';
import { runJob, type JobContext } from './heavy-jobs';

export type PostFromWorker = (message: FromWorker, transfer: Transferable[]) => void;

export interface HeavyWorkHandler {
  readonly onMessage: (data: unknown) => void;
}

/** The buffer of a result that can move back instead of being copied. */
function resultTransfer(job: HeavyJob, result: Result<unknown>): Transferable[] {
  if (!result.ok || job.kind !== 'export') return [];
  const data = (result.data as { data?: unknown }).data;
  return data instanceof Uint8Array &&
    data.buffer instanceof ArrayBuffer &&
    data.byteOffset === 0 &&
    data.byteLength === data.buffer.byteLength
    ? [data.buffer]
    : [];
}

export function createHeavyWorkHandler(
  post: PostFromWorker,
  openDb: () => Promise<Result<MazmunDb>>,
): HeavyWorkHandler {
  const canceled = new Set<number>();
  const held: JobContext['held'] = new Map();
  let db: Promise<Result<MazmunDb>> | null = null;
  const getDb = () => (db ??= openDb());

  async function run(id: number, job: HeavyJob): Promise<void> {
    const result = await runJob(job, {
      db: getDb,
      held,
      canceled: () => canceled.has(id),
      progress: (progress) => post({ type: 'progress', id, progress }, []),
    });
    canceled.delete(id);
    post({ type: 'result', id, result }, resultTransfer(job, result));
  }

  return {
    onMessage(data) {
      const message = parseToWorker(data);
      if (!message) return; // not ours: dropped, never half-trusted
      if (message.type === 'cancel') canceled.add(message.id);
      else void run(message.id, message.job);
    },
  };
}
