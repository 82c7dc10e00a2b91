// The researcher's stop-list edits, kept per project in the settings table (shared/db/settings-repo):
// one JSON value under `wordFrequency.stopList.<projectId>`. The app reaches it through
// renderer/hooks/use-word-frequency-stop-list.ts, never from a view.
import type { MazmunDb } from '../db/database';
import { getSetting, setSetting } from '../db/settings-repo';
import type { ProjectId } from '../model/ids';
import { parseStopListEdits, serializeStopListEdits, type StopListEdits } from './stop-words';

export const stopListSettingKey = (projectId: ProjectId): string =>
  `wordFrequency.stopList.${projectId}`;

export async function loadStopListEdits(
  db: MazmunDb,
  projectId: ProjectId,
): Promise<StopListEdits> {
  return parseStopListEdits(await getSetting(db, stopListSettingKey(projectId)));
}

export async function saveStopListEdits(
  db: MazmunDb,
  projectId: ProjectId,
  edits: StopListEdits,
): Promise<void> {
  await setSetting(db, stopListSettingKey(projectId), serializeStopListEdits(edits));
}
