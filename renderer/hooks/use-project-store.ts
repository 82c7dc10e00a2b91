import { useContext, useSyncExternalStore } from 'react';
import type { ProjectState, ProjectStore } from '../../shared/store/project-store';
import { ProjectStoreContext, type StoreStatus } from '../data/ProjectStoreProvider';

export function useStoreStatus(): StoreStatus {
  return useContext(ProjectStoreContext);
}

/** The open project's store (its commands). Only call inside views that need a project. */
export function useProjectStore(): ProjectStore {
  const status = useContext(ProjectStoreContext);
  if (status.kind !== 'ready') throw new Error('useProjectStore needs an open project');
  return status.store;
}

/** The open project's current state; re-renders on every change (one object per version). */
export function useProjectState(): ProjectState {
  const store = useProjectStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
