import { describe, expect, it } from 'vitest';
import type { ProjectId } from './model/ids';
import {
  CANCELED_REASON,
  isCanceled,
  isHeavyJob,
  parseFromWorker,
  parseToWorker,
  startPhase,
  transferablesOf,
  type HeavyJob,
} from './worker-protocol';

const bytes = (n = 4) => new Uint8Array(n);
const report = { themeIds: ['c1'], caseIds: [], includePassages: true, locale: 'fa' };

describe('messages to the worker', () => {
  it('accepts every job kind, well formed', () => {
    const jobs: HeavyJob[] = [
      { kind: 'parse-documents', files: [{ name: 'a.txt', bytes: bytes() }] },
      { kind: 'read-exchange', file: { name: 'p.qdpx', bytes: bytes() } },
      { kind: 'commit-exchange', handle: 3 },
      { kind: 'export', projectId: 'p1' as ProjectId, request: { kind: 'xlsx' }, appVersion: '' },
      {
        kind: 'export',
        projectId: 'p1' as ProjectId,
        request: { kind: 'csv', table: 'matrix' },
        appVersion: '1',
      },
      {
        kind: 'export',
        projectId: 'p1' as ProjectId,
        request: { kind: 'pdf', report: report as never },
        appVersion: '1',
      },
      { kind: 'echo', bytes: bytes() },
    ];
    for (const job of jobs) {
      expect(parseToWorker({ type: 'run', id: 7, job })).toEqual({ type: 'run', id: 7, job });
    }
    expect(parseToWorker({ type: 'cancel', id: 7 })).toEqual({ type: 'cancel', id: 7 });
  });

  it('drops malformed messages instead of half-trusting them', () => {
    const bad: unknown[] = [
      null,
      'run',
      [],
      { type: 'run', id: -1, job: { kind: 'echo', bytes: bytes() } },
      { type: 'run', id: 1.5, job: { kind: 'echo', bytes: bytes() } },
      { type: 'run', id: 1, job: { kind: 'format-disk' } },
      { type: 'run', id: 1, job: { kind: 'echo', bytes: [1, 2] } },
      { type: 'run', id: 1, job: { kind: 'parse-documents', files: [{ name: 'a', bytes: 'x' }] } },
      { type: 'run', id: 1, job: { kind: 'read-exchange', file: { bytes: bytes() } } },
      { type: 'run', id: 1, job: { kind: 'commit-exchange', handle: '1' } },
      {
        type: 'run',
        id: 1,
        job: { kind: 'export', projectId: '', request: { kind: 'xlsx' }, appVersion: '' },
      },
      {
        type: 'run',
        id: 1,
        job: {
          kind: 'export',
          projectId: 'p',
          request: { kind: 'csv', table: 'x' },
          appVersion: '',
        },
      },
      {
        type: 'run',
        id: 1,
        job: {
          kind: 'export',
          projectId: 'p',
          request: { kind: 'html', report: { ...report, locale: 'de' } },
          appVersion: '',
        },
      },
      { type: 'stop', id: 1 },
      { type: 'cancel' },
    ];
    for (const m of bad) expect(parseToWorker(m)).toBeNull();
    expect(isHeavyJob({ kind: 'echo' })).toBe(false);
  });
});

describe('messages from the worker', () => {
  it('accepts ready, progress and results', () => {
    expect(parseFromWorker({ type: 'ready' })).toEqual({ type: 'ready' });
    const progress = { phase: 'write', done: 2000, total: 9001, label: 'Study' };
    expect(parseFromWorker({ type: 'progress', id: 2, progress })).toEqual({
      type: 'progress',
      id: 2,
      progress,
    });
    const done = { ok: true, data: { bytes: 4 } };
    expect(parseFromWorker({ type: 'result', id: 2, result: done })).toEqual({
      type: 'result',
      id: 2,
      result: done,
    });
    const failed = { ok: false, reason: 'no' };
    expect(parseFromWorker({ type: 'result', id: 2, result: failed })?.type).toBe('result');
  });

  it('drops progress that runs past its total, unknown phases and shapeless results', () => {
    const bad: unknown[] = [
      { type: 'progress', id: 1, progress: { phase: 'write', done: 5, total: 4, label: '' } },
      { type: 'progress', id: 1, progress: { phase: 'delete', done: 0, total: 4, label: '' } },
      { type: 'progress', id: 1, progress: { phase: 'read', done: NaN, total: 4, label: '' } },
      { type: 'progress', id: 1, progress: { phase: 'read', done: 0, total: 4 } },
      { type: 'result', id: 1, result: { ok: true } },
      { type: 'result', id: 1, result: { ok: false } },
      { type: 'result', result: { ok: true, data: 1 } },
    ];
    for (const m of bad) expect(parseFromWorker(m)).toBeNull();
  });
});

describe('helpers', () => {
  it('tells a canceled job from a failed one', () => {
    expect(isCanceled({ ok: false, reason: CANCELED_REASON })).toBe(true);
    expect(isCanceled({ ok: false, reason: 'The file is damaged.' })).toBe(false);
    expect(isCanceled({ ok: true, data: CANCELED_REASON })).toBe(false);
  });

  it('starts a commit in the write phase and everything else in the read phase', () => {
    expect(startPhase('commit-exchange')).toBe('write');
    for (const k of ['parse-documents', 'read-exchange', 'export', 'echo'] as const) {
      expect(startPhase(k)).toBe('read');
    }
  });

  it('moves whole buffers to the worker, once each, and copies views into bigger ones', () => {
    const a = bytes(8);
    const b = bytes(8);
    const view = new Uint8Array(new ArrayBuffer(16), 4, 8);
    const job: HeavyJob = {
      kind: 'parse-documents',
      files: [
        { name: 'a', bytes: a },
        { name: 'a2', bytes: a },
        { name: 'b', bytes: b },
        { name: 'v', bytes: view },
      ],
    };
    const moved = transferablesOf(job);
    expect(moved).toHaveLength(2);
    expect(moved[0]).toBe(a.buffer);
    expect(moved[1]).toBe(b.buffer);
    expect(transferablesOf({ kind: 'commit-exchange', handle: 1 })).toEqual([]);
  });
});
