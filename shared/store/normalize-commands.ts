// The store's normalization commands (issue 11, item 3): a document's text with its codings and
// search key, or every code name of the project; each one transaction and one undo step.
import type { Changed } from '../db/changes';
import type { MazmunDb } from '../db/database';
import {
  type DocumentNormalized,
  normalizeCodeNames,
  normalizeDocumentText,
} from '../db/normalize-repo';
import type { DocumentId, ProjectId } from '../model/ids';
import type { Result } from '../model/snapshot';
import type { Code } from '../model/types';
import type { ProjectState } from './store-state';
import { textRewriteRefusal } from '../sync/text-lock';
import type { CommandLabel } from './undo-stack';

/** The store's own command runner (StoreCore.command), handed over by ProjectStore. */
export type RunNormalizeCommand = <T>(
  label: CommandLabel,
  write: () => Promise<Result<Changed<T>>>,
) => Promise<Result<T>>;

export interface NormalizeCommands {
  /** Normalizes the document's text; its codings move with it (nothing written if normal). */
  document(id: DocumentId): Promise<Result<DocumentNormalized>>;
  /** Normalizes every code name of the project. */
  codeNames(): Promise<Result<Code[]>>;
}

export function normalizeCommands(
  db: MazmunDb,
  projectId: ProjectId,
  run: RunNormalizeCommand,
  state: () => ProjectState,
): NormalizeCommands {
  const title = (id: DocumentId) => state().documents.find((d) => d.id === id)?.title ?? '';
  return {
    document: (id) =>
      textRewriteRefusal(projectId) ??
      run({ kind: 'normalize-document', subject: title(id) }, () => normalizeDocumentText(db, id)),
    codeNames: () =>
      run({ kind: 'normalize-code-names', subject: '' }, () => normalizeCodeNames(db, projectId)),
  };
}
