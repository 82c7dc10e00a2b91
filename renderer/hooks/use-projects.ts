import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Project, ProjectId } from '../../shared/model';
import {
  createProject,
  deleteProject,
  listProjects,
  renameProject,
} from '../../shared/db/projects-repo';
import { getDb, isDatabaseLost, isDatabaseOpen, subscribeDatabaseOpen } from '../data/database';
import { markHadProjects } from '../data/profile-marker';
import { forgetSharedProject } from '../sync/sharing';

/** True once the app's database passed its version check and is open (see data/database.ts). */
export function useDatabaseOpen(): boolean {
  return useSyncExternalStore(subscribeDatabaseOpen, isDatabaseOpen, isDatabaseOpen);
}

/** True once the open database was closed under the app (a full disk, another window). */
export function useDatabaseLost(): boolean {
  return useSyncExternalStore(subscribeDatabaseOpen, isDatabaseLost, isDatabaseLost);
}

/**
 * Every project, newest first; undefined while loading. A narrow live query: the projects table
 * only, and only once the database is open: a query before the version check would fail.
 */
export function useProjects(): readonly Project[] | undefined {
  const open = useDatabaseOpen();
  const projects = useLiveQuery(() => (open ? listProjects(getDb()) : undefined), [open]);
  // Projects exist: remember it outside IndexedDB, so their disappearance is never taken for a
  // first launch (data/start-up.ts). An empty list never clears it: only a deletion does.
  const any = (projects?.length ?? 0) > 0;
  useEffect(() => {
    if (any) markHadProjects(true);
  }, [any]);
  return projects;
}

export interface ProjectActions {
  readonly create: (name: string) => Promise<Project>;
  readonly rename: (id: ProjectId, name: string) => Promise<void>;
  readonly remove: (id: ProjectId) => Promise<void>;
}

export function useProjectActions(): ProjectActions {
  return useMemo(
    () => ({
      create: (name: string) => createProject(getDb(), { name }),
      rename: async (id: ProjectId, name: string) => {
        await renameProject(getDb(), id, name);
      },
      remove: async (id: ProjectId) => {
        await deleteProject(getDb(), id);
        await forgetSharedProject(id); // a shared project's password and replica go with it
        // The researcher emptied the list on purpose: an empty database is no loss now.
        if ((await listProjects(getDb())).length === 0) markHadProjects(false);
      },
    }),
    [],
  );
}
