// One component's heavy work: a HeavyWorkClient of its own (its worker is started on first use
// and stopped on unmount), the running job's progress, and cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/model/snapshot';
import {
  startPhase,
  type HeavyJob,
  type HeavyJobKind,
  type HeavyJobOutput,
  type HeavyProgress,
} from '../../shared/worker-protocol';
import { HeavyWorkClient, type HeavyTask } from '../workers/heavy-work-client';

export interface HeavyTaskControl {
  /** The running job's latest progress; null when none runs. */
  readonly progress: HeavyProgress | null;
  readonly run: <K extends HeavyJobKind>(
    job: Extract<HeavyJob, { kind: K }>,
  ) => Promise<Result<HeavyJobOutput[K]>>;
  /** Cancels the running job (see HeavyWorkClient for what cancel means in each phase). */
  readonly cancel: () => void;
  /** Stops the worker and lets go of whatever it holds (a previewed project). */
  readonly release: () => void;
}

export function useHeavyTask(): HeavyTaskControl {
  const client = useRef<HeavyWorkClient | null>(null);
  const task = useRef<HeavyTask<unknown> | null>(null);
  const [progress, setProgress] = useState<HeavyProgress | null>(null);

  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const run = useCallback(
    async <K extends HeavyJobKind>(
      job: Extract<HeavyJob, { kind: K }>,
    ): Promise<Result<HeavyJobOutput[K]>> => {
      client.current ??= new HeavyWorkClient();
      const started = client.current.run(job, (p) => {
        if (task.current === started) setProgress(p);
      });
      task.current = started;
      setProgress({ phase: startPhase(job.kind), done: 0, total: 1, label: '' });
      try {
        return await started.result;
      } finally {
        if (task.current === started) {
          task.current = null;
          setProgress(null);
        }
      }
    },
    [],
  );

  const cancel = useCallback(() => task.current?.cancel(), []);
  const release = useCallback(() => {
    client.current?.dispose();
    client.current = null;
  }, []);
  return { progress, run, cancel, release };
}
