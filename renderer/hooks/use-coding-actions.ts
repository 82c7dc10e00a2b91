import { useCallback, useState } from 'react';
import type { CodeId, Coding, CodingId, DocumentId, ProjectId } from '../../shared/model';
import { refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import { pushRecent } from '../components/code-picker/rank-codes';
import { useProjectStore } from './use-project-store';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface CodingActions {
  /** Recently used codes of this project, most recent first (at most nine). */
  readonly recent: readonly CodeId[];
  readonly code: (range: TextRange, codeId: CodeId) => Promise<Result<Coding>>;
  /** Creates a code named `name` and codes the range with it: two undo steps, code first. */
  readonly createAndCode: (range: TextRange, name: string) => Promise<Result<Coding>>;
  readonly remove: (id: CodingId) => Promise<Result<Coding>>;
  readonly setRange: (id: CodingId, range: TextRange) => Promise<Result<Coding>>;
  readonly setMemo: (id: CodingId, memo: string) => Promise<Result<Coding>>;
}

const recentKey = (projectId: ProjectId) => `mazmun.recentCodes.${projectId}`;

function readRecent(projectId: ProjectId): CodeId[] {
  try {
    const raw = globalThis.localStorage?.getItem(recentKey(projectId));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((x): x is CodeId => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Coding commands for one document, remembering recent codes (per project, on this machine). */
export function useCodingActions(documentId: DocumentId): CodingActions {
  const store = useProjectStore();
  const projectId = store.getState().project.id;
  const [recent, setRecent] = useState<{ projectId: ProjectId; ids: CodeId[] }>(() => ({
    projectId,
    ids: readRecent(projectId),
  }));
  const recentIds = recent.projectId === projectId ? recent.ids : readRecent(projectId);

  const remember = useCallback(
    (codeId: CodeId) => {
      const next = pushRecent(readRecent(projectId), codeId) as CodeId[];
      setRecent({ projectId, ids: next });
      try {
        globalThis.localStorage?.setItem(recentKey(projectId), JSON.stringify(next));
      } catch {
        // A preference only: losing it loses nothing of the project.
      }
    },
    [projectId],
  );

  const code = useCallback(
    async (range: TextRange, codeId: CodeId) => {
      const r = await store.addCoding({ documentId, codeId, start: range.start, end: range.end });
      if (r.ok) remember(codeId);
      return r;
    },
    [store, documentId, remember],
  );

  const createAndCode = useCallback(
    async (range: TextRange, name: string): Promise<Result<Coding>> => {
      // One transaction and one undo step: Ctrl+Z takes back the passage and the new code.
      const r = await store.createCodeAndApply({ name }, [
        { documentId, start: range.start, end: range.end },
      ]);
      if (!r.ok) return r;
      remember(r.data.code.id);
      const coding = r.data.codings[0];
      return coding ? ok(coding) : refuse('app.passageNotCoded');
    },
    [store, documentId, remember],
  );

  const remove = useCallback((id: CodingId) => store.removeCoding(id), [store]);
  const setRange = useCallback(
    (id: CodingId, range: TextRange) =>
      store.updateCoding(id, { start: range.start, end: range.end }),
    [store],
  );
  const setMemo = useCallback(
    (id: CodingId, memo: string) => store.updateCoding(id, { memo }),
    [store],
  );

  return { recent: recentIds, code, createAndCode, remove, setRange, setMemo };
}
