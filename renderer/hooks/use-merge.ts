// Merging another coder's work into the open project: read a .qdpx or backup on this thread
// with the readers the import uses, plan the merge against the project as stored (texts
// included), show the plan, then write it through the store: one transaction, one undo step.
import { useCallback, useState } from 'react';
import { loadMergeBase } from '../../shared/db/merge-repo';
import { errorOf, refuse, type AppError } from '../../shared/errors';
import { importQdpx, restoreBackup } from '../../shared/exchange';
import { planMerge } from '../../shared/exchange/merge-plan';
import type { MergePlan } from '../../shared/exchange/merge-types';
import type { MergeOutcome } from '../../shared/db/merge-repo';
import { ok, type ProjectSnapshot, type Result } from '../../shared/model/snapshot';
import type { ProjectStore } from '../../shared/store/project-store';
import { getDb } from '../data/database';

export type MergePhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'preview'; readonly fileName: string; readonly plan: MergePlan }
  | { readonly kind: 'applying'; readonly fileName: string; readonly plan: MergePlan }
  | { readonly kind: 'done'; readonly name: string; readonly outcome: MergeOutcome }
  | { readonly kind: 'error'; readonly fileName: string; readonly error: AppError };

/** A picked file as a project snapshot, with the readers of the import. */
export async function readMergeFile(
  name: string,
  bytes: Uint8Array,
): Promise<Result<ProjectSnapshot>> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) {
    const r = restoreBackup(new TextDecoder('utf-8').decode(bytes));
    return r.ok ? ok(r.data) : r;
  }
  if (lower.endsWith('.qdpx')) {
    const r = await importQdpx(bytes);
    return r.ok ? ok(r.data.snapshot) : r;
  }
  return refuse('merge.notProjectFile');
}

export interface Merge {
  readonly phase: MergePhase;
  readonly read: (name: string, bytes: Uint8Array) => Promise<void>;
  readonly apply: () => Promise<void>;
  readonly reset: () => void;
}

export function useMerge(store: ProjectStore | null): Merge {
  const [phase, setPhase] = useState<MergePhase>({ kind: 'idle' });

  const read = useCallback(
    async (name: string, bytes: Uint8Array) => {
      if (!store) {
        setPhase({ kind: 'error', fileName: name, error: errorOf(refuse('merge.noProject')) });
        return;
      }
      setPhase({ kind: 'reading', fileName: name });
      const r = await readMergeFile(name, bytes);
      if (!r.ok) {
        setPhase({ kind: 'error', fileName: name, error: errorOf(r) });
        return;
      }
      const base = await loadMergeBase(getDb(), store.projectId);
      setPhase({ kind: 'preview', fileName: name, plan: planMerge(r.data, base) });
    },
    [store],
  );

  const apply = useCallback(async () => {
    if (phase.kind !== 'preview' || !store) return;
    const { fileName, plan } = phase;
    setPhase({ kind: 'applying', fileName, plan });
    const r = await store.mergeProject(plan);
    setPhase(
      r.ok
        ? { kind: 'done', name: plan.sourceName, outcome: r.data }
        : { kind: 'error', fileName, error: errorOf(r) },
    );
  }, [phase, store]);

  const reset = useCallback(() => setPhase({ kind: 'idle' }), []);
  return { phase, read, apply, reset };
}
