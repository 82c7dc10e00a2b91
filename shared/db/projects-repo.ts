import { newId, type ProjectId } from '../model/ids';
import type { Project } from '../model/types';
import { type MazmunDb, projectTables } from './database';
import { projectToRow, rowToProject } from './mappers';

export interface NewProject {
  readonly name: string;
  /** Main language of the material, e.g. 'fa' (default) or 'en'. */
  readonly language?: string;
  readonly description?: string;
}

/** Creates an empty project. */
export async function createProject(db: MazmunDb, input: NewProject): Promise<Project> {
  const now = Date.now();
  const project: Project = {
    id: newId<'ProjectId'>(),
    name: input.name.trim(),
    description: input.description ?? '',
    language: input.language ?? 'fa',
    createdAt: now,
    updatedAt: now,
  };
  await db.projects.add(projectToRow(project));
  return project;
}

/** Adds a project under its own id unless one is there already (joining a shared project). */
export async function adoptProject(db: MazmunDb, project: Project): Promise<boolean> {
  if (await db.projects.get(project.id)) return false;
  await db.projects.add(projectToRow(project));
  return true;
}

/** All projects, most recently updated first. */
export async function listProjects(db: MazmunDb): Promise<Project[]> {
  const rows = await db.projects.orderBy('updatedAt').reverse().toArray();
  return rows.map(rowToProject);
}

export async function getProject(db: MazmunDb, id: ProjectId): Promise<Project | undefined> {
  const row = await db.projects.get(id);
  return row ? rowToProject(row) : undefined;
}

/** Renames a project; returns false if it does not exist. */
export async function renameProject(db: MazmunDb, id: ProjectId, name: string): Promise<boolean> {
  return updateProject(db, id, { name });
}

/** Updates name, description or language; returns false if the project does not exist. */
export async function updateProject(
  db: MazmunDb,
  id: ProjectId,
  patch: { readonly name?: string; readonly description?: string; readonly language?: string },
): Promise<boolean> {
  const clean = { ...patch, ...(patch.name !== undefined ? { name: patch.name.trim() } : {}) };
  const n = await db.projects.update(id, { ...clean, updatedAt: Date.now() });
  return n > 0;
}

/** Marks the project as just used, so it sorts first in listProjects. */
export async function touchProject(db: MazmunDb, id: ProjectId, now = Date.now()): Promise<void> {
  await db.projects.update(id, { updatedAt: now });
}

/** Deletes a project and every row of every table that belongs to it, in one transaction. */
export async function deleteProject(db: MazmunDb, id: ProjectId): Promise<void> {
  const tables = projectTables(db);
  await db.transaction('rw', [db.projects, ...tables], async () => {
    for (const table of tables) await table.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
}
