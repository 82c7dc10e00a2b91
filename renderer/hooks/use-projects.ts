import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Project, ProjectId } from '../../shared/model';
import {
  createProject,
  deleteProject,
  listProjects,
  renameProject,
} from '../../shared/db/projects-repo';
import { getDb } from '../data/database';

/** Every project, newest first; undefined while loading. A narrow live query: the projects table only. */
export function useProjects(): readonly Project[] | undefined {
  return useLiveQuery(() => listProjects(getDb()), []);
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
      remove: (id: ProjectId) => deleteProject(getDb(), id),
    }),
    [],
  );
}
