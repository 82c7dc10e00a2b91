// A query another view hands to the Retrieval view ("Open in Retrieval" on a theme of the
// network map): set here, then read once when the Retrieval view mounts, as the Words tab hands
// a word to the text search (renderer/views/search/search-memory.ts). Per project, session only.
import type { CodeId, ProjectId } from '../../../shared/model';
import type { CoderChoice } from '../../hooks/use-coder-filter';

export interface RetrievalRequest {
  readonly codeIds: readonly CodeId[];
  readonly includeSubcodes: boolean;
  readonly coder: CoderChoice;
}

const pending = new Map<ProjectId, RetrievalRequest>();

export function requestRetrieval(projectId: ProjectId, request: RetrievalRequest): void {
  pending.set(projectId, request);
}

/** The request waiting for this project, if any (read by the view's state initializers). */
export function pendingRetrievalRequest(projectId: ProjectId): RetrievalRequest | null {
  return pending.get(projectId) ?? null;
}

/** Forgets it once the view has taken it, so a later visit starts from the user's own query. */
export function clearRetrievalRequest(projectId: ProjectId): void {
  pending.delete(projectId);
}
