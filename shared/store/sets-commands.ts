// The store's commands on document sets (issue 13.4): each writes through sets-repo.ts in one
// transaction and becomes one undo step, exactly like the codebook and case commands.
import type { Changed } from '../db/changes';
import type { MazmunDb } from '../db/database';
import {
  changeSetMembers,
  createSet,
  deleteSet,
  type NewSet,
  type SetPatch,
  updateSet,
} from '../db/sets-repo';
import type { DocumentId, ProjectId } from '../model/ids';
import type { DocumentSet, SetId } from '../model/sets';
import type { Result } from '../model/snapshot';
import type { ProjectState } from './store-state';
import type { CommandLabel } from './undo-stack';

/** The store's own command runner (StoreCore.command), handed over by ProjectStore. */
export type RunCommand = <T>(
  label: CommandLabel,
  write: () => Promise<Result<Changed<T>>>,
) => Promise<Result<T>>;

export interface SetCommands {
  create(input: NewSet): Promise<Result<DocumentSet>>;
  /** Rename, describe, or change a rule set's rule; refused if another window changed it. */
  update(id: SetId, patch: SetPatch): Promise<Result<DocumentSet>>;
  addDocuments(id: SetId, documentIds: readonly DocumentId[]): Promise<Result<DocumentSet>>;
  removeDocuments(id: SetId, documentIds: readonly DocumentId[]): Promise<Result<DocumentSet>>;
  remove(id: SetId): Promise<Result<DocumentSet>>;
}

export function setCommands(
  db: MazmunDb,
  projectId: ProjectId,
  run: RunCommand,
  state: () => ProjectState,
): SetCommands {
  const seen = (id: SetId) => state().sets.find((s) => s.id === id);
  const name = (id: SetId) => seen(id)?.name ?? '';
  return {
    create: (input) =>
      run({ kind: 'create-set', subject: input.name.trim() }, () =>
        createSet(db, projectId, input),
      ),
    update: (id, patch) =>
      run({ kind: 'update-set', subject: name(id) }, () => updateSet(db, id, patch, seen(id))),
    addDocuments: (id, documentIds) =>
      run({ kind: 'set-members', subject: name(id) }, () =>
        changeSetMembers(db, id, documentIds, [], seen(id)),
      ),
    removeDocuments: (id, documentIds) =>
      run({ kind: 'set-members', subject: name(id) }, () =>
        changeSetMembers(db, id, [], documentIds, seen(id)),
      ),
    remove: (id) => run({ kind: 'delete-set', subject: name(id) }, () => deleteSet(db, id)),
  };
}
