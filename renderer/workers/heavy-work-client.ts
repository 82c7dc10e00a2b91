// The page's side of shared/worker-protocol.ts: sends a job, relays its progress, resolves one
// Result, and cancels. Cancel in the `read` phase stops the worker at once (nothing has been
// written); in the `write` phase it asks the job to abort its one transaction, and the job's own
// answer says what happened (canceled, or done if the write had already committed).
import { refuse } from '../../shared/errors';
import type { Result } from '../../shared/model/snapshot';
import {
  parseFromWorker,
  startPhase,
  transferablesOf,
  type HeavyJob,
  type HeavyJobKind,
  type HeavyJobOutput,
  type HeavyPhase,
  type HeavyProgress,
} from '../../shared/worker-protocol';
import {
  defaultSpawn,
  inlineTransport,
  type HeavyTransport,
  type SpawnTransport,
} from './transport';

export interface HeavyTask<T> {
  readonly result: Promise<Result<T>>;
  /** Stops the job; its result resolves as canceled (see isCanceled) unless it already finished. */
  readonly cancel: () => void;
}

interface Pending {
  readonly job: HeavyJob;
  phase: HeavyPhase;
  sent: boolean;
  readonly onProgress: ((p: HeavyProgress) => void) | undefined;
  readonly resolve: (r: Result<unknown>) => void;
}

export class HeavyWorkClient {
  private transport: HeavyTransport | null = null;
  private ready = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly spawn: SpawnTransport = defaultSpawn) {}

  /** Where the jobs run now: 'worker', 'inline', or null before the first job. */
  get where(): 'worker' | 'inline' | null {
    return this.transport?.where ?? null;
  }

  run<K extends HeavyJobKind>(
    job: Extract<HeavyJob, { kind: K }>,
    onProgress?: (p: HeavyProgress) => void,
  ): HeavyTask<HeavyJobOutput[K]> {
    const id = this.nextId++;
    const result = new Promise<Result<unknown>>((resolve) => {
      this.pending.set(id, { job, phase: startPhase(job.kind), sent: false, onProgress, resolve });
    });
    this.connect();
    this.flush();
    return {
      result: result as Promise<Result<HeavyJobOutput[K]>>,
      cancel: () => this.cancel(id),
    };
  }

  /** Stops the worker; jobs still running end as canceled. */
  dispose(): void {
    this.stop();
    for (const id of [...this.pending.keys()]) this.settle(id, refuse('app.canceled'));
  }

  private connect(): void {
    if (this.transport) return;
    this.attach(this.spawn());
  }

  private attach(transport: HeavyTransport): void {
    this.transport = transport;
    this.ready = false;
    transport.listen(
      (data) => {
        if (this.transport === transport) this.receive(data);
      },
      (why) => {
        if (this.transport === transport) this.crashed(why);
      },
    );
  }

  private flush(): void {
    const t = this.transport;
    if (!t || !this.ready) return;
    for (const [id, p] of this.pending) {
      if (p.sent) continue;
      p.sent = true;
      t.post({ type: 'run', id, job: p.job }, t.where === 'worker' ? transferablesOf(p.job) : []);
    }
  }

  private receive(data: unknown): void {
    const message = parseFromWorker(data);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      this.flush();
      return;
    }
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.phase = message.progress.phase;
      p.onProgress?.(message.progress);
    } else {
      this.settle(message.id, message.result);
    }
  }

  private crashed(why: string): void {
    this.stop();
    if ([...this.pending.values()].every((p) => !p.sent)) {
      // The worker never started (its script refused, say): the jobs, not yet sent, run here.
      this.attach(inlineTransport());
      return;
    }
    for (const [id, p] of this.pending) {
      this.settle(
        id,
        p.sent ? refuse('app.workerStopped', { detail: why }) : refuse('app.canceled'),
      );
    }
  }

  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    if (!p.sent) {
      this.settle(id, refuse('app.canceled'));
      return;
    }
    if (p.phase === 'write') {
      // Inside its transaction: the job aborts it and answers itself.
      this.transport?.post({ type: 'cancel', id }, []);
      return;
    }
    this.settle(id, refuse('app.canceled'));
    // Nothing written yet: stop the worker now (a long parse cannot be interrupted otherwise),
    // unless it is also running another job; then its answer to this one is just ignored.
    const othersRunning = [...this.pending.values()].some((o) => o.sent);
    if (!othersRunning) {
      this.stop();
      if (this.pending.size > 0) this.connect();
    }
  }

  private settle(id: number, result: Result<unknown>): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.resolve(result);
  }

  private stop(): void {
    this.transport?.terminate();
    this.transport = null;
    this.ready = false;
    // Jobs sent to the stopped worker are gone with it; unsent ones go to the next.
  }
}
