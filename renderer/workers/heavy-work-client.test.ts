import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ProjectId } from '../../shared/model/ids';
import { CANCELED_REASON, type HeavyProgress, type ToWorker } from '../../shared/worker-protocol';
import { HeavyWorkClient } from './heavy-work-client';
import type { HeavyTransport } from './transport';

/** A canceled job: the sentence isCanceled() recognizes, and its code for the views. */
const CANCELED = {
  ok: false,
  reason: CANCELED_REASON,
  error: { code: 'app.canceled', params: {} },
};

/** A Worker stand-in: records what the client sends; the test answers for the worker. */
class FakeWorker implements HeavyTransport {
  readonly where = 'worker' as const;
  readonly sent: { message: ToWorker; transfer: Transferable[] }[] = [];
  terminated = false;
  private onMessage: (data: unknown) => void = () => undefined;
  private onCrash: (why: string) => void = () => undefined;

  post(message: ToWorker, transfer: Transferable[]): void {
    this.sent.push({ message, transfer });
  }
  listen(onMessage: (data: unknown) => void, onCrash: (why: string) => void): void {
    this.onMessage = onMessage;
    this.onCrash = onCrash;
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: unknown): void {
    this.onMessage(data);
  }
  crash(why: string): void {
    this.onCrash(why);
  }
  runIds(): number[] {
    return this.sent.flatMap((s) => (s.message.type === 'run' ? [s.message.id] : []));
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = new HeavyWorkClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers, first: () => workers[0] as FakeWorker };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const progress = (phase: 'read' | 'write', done: number, total: number): HeavyProgress => ({
  phase,
  done,
  total,
  label: '',
});

describe('HeavyWorkClient', () => {
  it('sends a job once the worker is ready, moving its bytes, and relays progress and result', async () => {
    const { client, first } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    const seen: HeavyProgress[] = [];
    const task = client.run({ kind: 'echo', bytes }, (p) => seen.push(p));
    const w = first();
    expect(w.sent).toEqual([]); // not before its script has loaded
    w.say({ type: 'ready' });
    expect(w.runIds()).toEqual([1]);
    expect(w.sent[0]?.transfer).toEqual([bytes.buffer]);
    w.say({ type: 'progress', id: 1, progress: progress('read', 1, 2) });
    w.say({ type: 'progress', id: 1, progress: { phase: 'read', done: 3, total: 2, label: '' } });
    w.say({ type: 'result', id: 1, result: { ok: true, data: { bytes: 3 } } });
    expect(await task.result).toEqual({ ok: true, data: { bytes: 3 } });
    expect(seen).toEqual([progress('read', 1, 2)]); // the malformed one was dropped
    expect(client.where).toBe('worker');
  });

  it('stops the worker at once when a reading job is canceled, and starts a new one after', async () => {
    const { client, workers, first } = setup();
    const task = client.run({
      kind: 'read-exchange',
      file: { name: 'x.qdpx', bytes: new Uint8Array(1) },
    });
    first().say({ type: 'ready' });
    task.cancel();
    expect(await task.result).toEqual(CANCELED);
    expect(first().terminated).toBe(true);
    // A late answer of the stopped worker changes nothing.
    first().say({ type: 'result', id: 1, result: { ok: true, data: {} } });
    const next = client.run({ kind: 'echo', bytes: new Uint8Array(1) });
    expect(workers).toHaveLength(2);
    workers[1]?.say({ type: 'ready' });
    workers[1]?.say({ type: 'result', id: 2, result: { ok: true, data: { bytes: 1 } } });
    expect((await next.result).ok).toBe(true);
  });

  it('asks a writing job to abort its transaction, and reports what the job answers', async () => {
    const { client, first } = setup();
    const task = client.run({ kind: 'commit-exchange', handle: 1 });
    const w = first();
    w.say({ type: 'ready' });
    w.say({ type: 'progress', id: 1, progress: progress('write', 2000, 9000) });
    task.cancel();
    expect(w.terminated).toBe(false);
    expect(w.sent.map((s) => s.message)).toContainEqual({ type: 'cancel', id: 1 });
    let settled = false;
    void task.result.then(() => (settled = true));
    await flush();
    expect(settled).toBe(false); // only the job knows whether its write committed
    w.say({ type: 'result', id: 1, result: { ok: false, reason: CANCELED_REASON } });
    expect(await task.result).toEqual({ ok: false, reason: CANCELED_REASON });
  });

  it('cancels a job not yet sent without touching the worker', async () => {
    const { client, first } = setup();
    const task = client.run({ kind: 'echo', bytes: new Uint8Array(1) });
    task.cancel();
    expect(await task.result).toEqual(CANCELED);
    first().say({ type: 'ready' });
    expect(first().runIds()).toEqual([]);
  });

  it('does not stop a worker that is also running another job', async () => {
    const { client, first } = setup();
    const a = client.run({ kind: 'echo', bytes: new Uint8Array(1) });
    const b = client.run({ kind: 'echo', bytes: new Uint8Array(2) });
    const w = first();
    w.say({ type: 'ready' });
    a.cancel();
    expect(w.terminated).toBe(false);
    w.say({ type: 'result', id: 2, result: { ok: true, data: { bytes: 2 } } });
    expect(await a.result).toEqual(CANCELED);
    expect(await b.result).toEqual({ ok: true, data: { bytes: 2 } });
  });

  it('fails the jobs of a worker that crashed, saying nothing was written', async () => {
    const { client, first } = setup();
    const task = client.run({ kind: 'commit-exchange', handle: 1 });
    first().say({ type: 'ready' });
    first().crash('out of memory');
    expect(await task.result).toEqual({
      ok: false,
      reason: 'The background work stopped unexpectedly; nothing was written. (out of memory)',
      error: { code: 'app.workerStopped', params: { detail: 'out of memory' } },
    });
  });

  it('runs the jobs inline when the worker cannot start (its script refused)', async () => {
    const { client, first } = setup();
    const bytes = new Uint8Array(5);
    const task = client.run({ kind: 'echo', bytes });
    first().crash('refused by the Content-Security-Policy');
    expect(await task.result).toEqual({ ok: true, data: { bytes: 5 } });
    expect(client.where).toBe('inline');
  });

  it('ends running jobs as canceled when disposed', async () => {
    const { client, first } = setup();
    const task = client.run({
      kind: 'export',
      projectId: 'p' as ProjectId,
      request: { kind: 'qdpx' },
      appVersion: '',
    });
    first().say({ type: 'ready' });
    client.dispose();
    expect(first().terminated).toBe(true);
    expect(await task.result).toEqual(CANCELED);
  });
});
