// The coder of this window: chosen or created in the shell, stamped by the store on every coding
// made here (ProjectStore.setCurrentCoder). Remembered per project in two places: sessionStorage
// belongs to this window alone (a reload keeps its choice, and two windows can code as two
// coders), localStorage is shared by every window of the app and only gives a NEW window its
// default (the last coder chosen anywhere). Neither is project data: losing them loses nothing.
import { useCallback, useEffect, useState } from 'react';
import { refuse } from '../../shared/errors';
import { nameKey } from '../../shared/exchange/merge-keys';
import type { CoderId, ProjectId } from '../../shared/model/ids';
import { ok, type Result } from '../../shared/model/snapshot';
import type { Coder } from '../../shared/model/types';
import { useProjectState, useProjectStore } from './use-project-store';

const key = (projectId: ProjectId) => `mazmun.coder.${projectId}`;

type KeyStore = Pick<Storage, 'getItem' | 'setItem'>;

/** This window's storage and the one all windows share; tests pass stand-ins. */
export interface CoderMemory {
  readonly window: KeyStore | undefined;
  readonly shared: KeyStore | undefined;
}

const browserMemory = (): CoderMemory => ({
  window: globalThis.sessionStorage,
  shared: globalThis.localStorage,
});

/** The coder this window chose for the project, else the last chosen in any window, else none. */
export function rememberedCoder(
  projectId: ProjectId,
  memory: CoderMemory = browserMemory(),
): CoderId | null {
  try {
    const own = memory.window?.getItem(key(projectId));
    // '' is a choice too ("no coder"): only a window that never chose falls back to the shared one.
    if (own !== null && own !== undefined) return (own || null) as CoderId | null;
    return (memory.shared?.getItem(key(projectId)) || null) as CoderId | null;
  } catch {
    return null;
  }
}

export function rememberCoder(
  projectId: ProjectId,
  id: CoderId | null,
  memory: CoderMemory = browserMemory(),
): void {
  try {
    memory.window?.setItem(key(projectId), id ?? '');
    memory.shared?.setItem(key(projectId), id ?? '');
  } catch {
    // A preference only.
  }
}

export interface CurrentCoder {
  readonly coders: readonly Coder[];
  /** null: codings made here carry no coder. */
  readonly current: Coder | null;
  readonly choose: (id: CoderId | null) => void;
  /** Creates a coder by name (one undo step) and codes as them from now on. */
  readonly create: (name: string) => Promise<Result<Coder>>;
}

export function useCurrentCoder(): CurrentCoder {
  const store = useProjectStore();
  const state = useProjectState();
  const projectId = state.project.id;
  const [chosen, setChosen] = useState(() => ({ projectId, id: rememberedCoder(projectId) }));
  const id = chosen.projectId === projectId ? chosen.id : rememberedCoder(projectId);
  // A coder deleted (here or in another window) is no longer anyone's choice.
  const current = state.coders.find((c) => c.id === id) ?? null;

  useEffect(() => {
    store.setCurrentCoder(current?.id ?? null);
  }, [store, current]);

  const choose = useCallback(
    (next: CoderId | null) => {
      rememberCoder(projectId, next);
      setChosen({ projectId, id: next });
    },
    [projectId],
  );

  const create = useCallback(
    async (name: string): Promise<Result<Coder>> => {
      const n = name.trim();
      if (!n) return refuse('merge.coderNeedsName');
      const same = store.getState().coders.find((c) => nameKey(c.name) === nameKey(n));
      if (same) return refuse('merge.coderExists', { name: same.name });
      const r = await store.createCoder(n);
      if (!r.ok) return r;
      choose(r.data.id);
      return ok(r.data);
    },
    [store, choose],
  );

  return { coders: state.coders, current, choose, create };
}
