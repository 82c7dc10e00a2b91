// Shared projects keep their document texts as published (issue 14, review finding 16): codings
// and texts replicate as separate documents, so normalizing a text on one machine while someone
// codes the old text on another would leave their offsets pointing at the wrong characters.
// Until codings carry a text revision, a text rewrite is refused in a shared project.
import { refuse } from '../errors';
import type { Failure } from '../model/snapshot';

const locked = new Set<string>();

export function lockTexts(projectId: string): void {
  locked.add(projectId);
}

export function unlockTexts(projectId: string): void {
  locked.delete(projectId);
}

/** The refusal for a text rewrite in `projectId`, or null when its texts may be rewritten. */
export function textRewriteRefusal(projectId: string): Promise<Failure> | null {
  return locked.has(projectId) ? Promise.resolve(refuse('sync.sharedTextLocked')) : null;
}
