// What the app opens on: the last project, the sample study on a first launch, or, when the
// projects this profile had are gone (a full disk made Chromium delete the database, or the
// browser's data was cleared), nothing at all: the researcher is told, and offered a backup.
import type { MazmunDb } from '../../shared/db/database';
import { getProject, listProjects } from '../../shared/db/projects-repo';
import { getSetting, setSetting } from '../../shared/db/settings-repo';
import { startUpState } from '../../shared/db/start-up-state';
import type { ProjectId } from '../../shared/model';
import { markHadProjects, readHadProjects } from './profile-marker';
import { ensureSampleStudy } from './sample-study';

export const LAST_PROJECT = 'lastProjectId';

export type StartUp =
  | { readonly kind: 'project'; readonly projectId: ProjectId; readonly sample: boolean }
  | { readonly kind: 'list' }
  | { readonly kind: 'vanished' };

export async function startUp(db: MazmunDb): Promise<StartUp> {
  const projects = await listProjects(db);
  const last = await getSetting(db, LAST_PROJECT);
  const state = startUpState({
    hadProjects: readHadProjects(),
    projectCount: projects.length,
    hasSettings: last !== undefined,
  });
  // Never re-seed over vanished projects: the sample would hide that they are gone.
  if (state === 'vanished') return { kind: 'vanished' };
  if (state === 'first-launch') {
    // First launch: the sample study opens, so a new user sees what Mazmun is for.
    const sample = await ensureSampleStudy(db);
    if (!sample.ok) return { kind: 'list' };
    markHadProjects(true);
    await setSetting(db, LAST_PROJECT, sample.data);
    return { kind: 'project', projectId: sample.data, sample: true };
  }
  if (projects.length > 0) markHadProjects(true);
  if (typeof last === 'string') {
    const project = await getProject(db, last as ProjectId);
    if (project) return { kind: 'project', projectId: project.id, sample: false };
  }
  return { kind: 'list' };
}
