// The "Counts include subcodes" choice, one for the whole app: the code system pane's project
// counts and its counts in the open document read the same value, so a parent shows the same kind
// of number in both. Kept in the settings table like the workspace layout (a preference of the
// researcher, not of one project); own + subtree until chosen otherwise, as MAXQDA and NVivo do.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { TreeNode } from '../../shared/analysis/code-tree';
import { getSetting, setSetting } from '../../shared/db/settings-repo';
import type { CodeId } from '../../shared/model';
import { getDb } from '../data/database';
import type { CountMode } from '../code-tree/code-system-model';
import { nextCodingOf } from '../code-tree/document-counts';
import { useProjectState } from './use-project-store';
import { useWorkspace } from './use-workspace';

export const COUNT_MODE_KEY = 'workspace.countMode';

let current: CountMode = 'subtree';
let read = false;
let chosen = false;
const listeners = new Set<() => void>();

function publish(next: CountMode): void {
  if (next === current) return;
  current = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A stored value as a count mode (anything else: the default). */
export function parseCountMode(raw: unknown): CountMode {
  return raw === 'own' ? 'own' : 'subtree';
}

export interface CountModeState {
  readonly mode: CountMode;
  readonly setMode: (mode: CountMode) => void;
}

/** The shared count mode and its setter (the setter also stores it). */
export function useCountMode(): CountModeState {
  const mode = useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
  useEffect(() => {
    if (read) return;
    read = true;
    void getSetting(getDb(), COUNT_MODE_KEY).then(
      // A choice made while the stored one was being read wins.
      (raw) => raw !== undefined && !chosen && publish(parseCountMode(raw)),
      () => undefined,
    );
  }, []);
  const setMode = useCallback((next: CountMode) => {
    chosen = true;
    publish(next);
    void setSetting(getDb(), COUNT_MODE_KEY, next).catch(() => {
      // A preference only: it is simply not remembered this time.
    });
  }, []);
  return { mode, setMode };
}

/**
 * Goes to the next passage of a code in the open transcript, counting its subcodes' codings too
 * when the count mode does (the number beside the code is what the presses go through).
 */
export function useNextPassage(
  nodes: readonly TreeNode[],
  mode: CountMode,
): ((codeId: CodeId) => boolean) | null {
  const { transcript, openTranscript } = useWorkspace();
  const { codings } = useProjectState();
  if (!transcript) return null;
  return (codeId) => {
    const from = transcript.range?.start ?? -1;
    const next = nextCodingOf(nodes, codings.byDocument(transcript.documentId), codeId, mode, from);
    if (next) openTranscript(transcript.documentId, { start: next.start, end: next.end });
    return next !== undefined;
  };
}
