import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ProjectId } from '../../shared/model';
import { getSetting, setSetting } from '../../shared/db/settings-repo';
import { getProject, listProjects } from '../../shared/db/projects-repo';
import { getDb } from '../data/database';
import { ensureSampleStudy } from '../data/sample-study';

export type ViewName =
  'projects' | 'documents' | 'codebook' | 'cases' | 'retrieval' | 'report' | 'charts' | 'compare';

export interface Workspace {
  /** False until the last project has been looked up, so the first paint does not flash the list. */
  readonly ready: boolean;
  readonly projectId: ProjectId | null;
  readonly view: ViewName;
  readonly openProject: (id: ProjectId, view?: ViewName) => void;
  readonly closeProject: () => void;
  readonly setView: (view: ViewName) => void;
  /** Imports the sample study if needed and opens it; resolves to an error message or null. */
  readonly openSample: () => Promise<string | null>;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

const LAST_PROJECT = 'lastProjectId';

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [projectId, setProjectId] = useState<ProjectId | null>(null);
  const [view, setView] = useState<ViewName>('projects');

  // The app reopens the last project (a researcher comes back to where they were).
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const db = getDb();
        const last = await getSetting(db, LAST_PROJECT);
        if (typeof last === 'string') {
          const project = await getProject(db, last as ProjectId);
          if (project && !cancelled) {
            setProjectId(project.id);
            setView('documents');
          }
        } else if (last === undefined && (await listProjects(db)).length === 0) {
          // First launch: the sample study opens, so a new user sees what Mazmun is for.
          const sample = await ensureSampleStudy(db);
          if (sample.ok && !cancelled) {
            setProjectId(sample.data);
            setView('report');
            await setSetting(db, LAST_PROJECT, sample.data);
          }
        }
      } finally {
        if (!cancelled) setReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const openProject = useCallback((id: ProjectId, next: ViewName = 'documents') => {
    setProjectId(id);
    setView(next);
    void setSetting(getDb(), LAST_PROJECT, id);
  }, []);

  const closeProject = useCallback(() => {
    setProjectId(null);
    setView('projects');
    void setSetting(getDb(), LAST_PROJECT, null);
  }, []);

  const openSample = useCallback(async () => {
    const sample = await ensureSampleStudy(getDb());
    if (!sample.ok) return sample.reason;
    openProject(sample.data, 'report');
    return null;
  }, [openProject]);

  const value = useMemo<Workspace>(
    () => ({ ready, projectId, view, openProject, closeProject, setView, openSample }),
    [ready, projectId, view, openProject, closeProject, openSample],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
