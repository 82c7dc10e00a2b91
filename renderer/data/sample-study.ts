import type { ProjectId, Result } from '../../shared/model';
import { ok } from '../../shared/model';
import { loadProjectDir } from '../../shared/fixture/load-project-dir';
import { azerbaijanFiles } from '../../shared/fixture/azerbaijan-files';
import { getProject } from '../../shared/db/projects-repo';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import type { MazmunDb } from '../../shared/db/database';

// The Azerbaijan study ships inside the app bundle as the same readable files the CLI reads,
// so the sample and `mazmun report fixtures/azerbaijan` can never disagree.

/** Imports the sample study if this database does not have it yet; returns its id. */
export async function ensureSampleStudy(db: MazmunDb): Promise<Result<ProjectId>> {
  const loaded = loadProjectDir(azerbaijanFiles());
  if (!loaded.ok) return loaded;
  const snapshot = loaded.data;
  if (await getProject(db, snapshot.project.id)) return ok(snapshot.project.id);
  const imported = await importSnapshot(db, snapshot);
  return imported.ok ? ok(snapshot.project.id) : imported;
}
