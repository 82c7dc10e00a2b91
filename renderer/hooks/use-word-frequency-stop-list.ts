// The stop list of the open project: the shipped lists and the researcher's edits, kept per
// project in the settings table (shared/analysis/stop-words-settings.ts).
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  addStopWord,
  NO_EDITS,
  removeStopWord,
  shippedStopWords,
  stopSet,
  type StopListEdits,
} from '../../shared/analysis/stop-words';
import { loadStopListEdits, saveStopListEdits } from '../../shared/analysis/stop-words-settings';
import { errorOf, refuse, type AppError } from '../../shared/errors';
import { getDb } from '../data/database';
import { useProjectState } from './use-project-store';

export interface StopList {
  readonly edits: StopListEdits;
  /** The stop set in force (empty when switched off). */
  readonly stop: ReadonlySet<string>;
  readonly enabled: boolean;
  readonly setEnabled: (on: boolean) => void;
  readonly add: (word: string) => void;
  readonly remove: (word: string) => void;
  /** The shipped lists' sizes, for the editor's note. */
  readonly shipped: { readonly fa: number; readonly en: number };
  readonly error: AppError | null;
}

const EMPTY = new Set<string>();

export function useStopList(): StopList {
  const projectId = useProjectState().project.id;
  const [edits, setEdits] = useState<StopListEdits>(NO_EDITS);
  const [enabled, setEnabled] = useState(true);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadStopListEdits(getDb(), projectId).then((loaded) => {
      if (!cancelled) setEdits(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [projectId]);

  const change = useCallback(
    (next: StopListEdits) => {
      setEdits(next);
      saveStopListEdits(getDb(), projectId, next).then(
        () => setError(null),
        (e: unknown) =>
          setError(
            errorOf(
              refuse('words.stopListUnsaved', {
                detail: e instanceof Error ? e.message : String(e),
              }),
            ),
          ),
      );
    },
    [projectId],
  );

  const stop = useMemo(() => (enabled ? stopSet(edits) : EMPTY), [enabled, edits]);
  const { fa, en } = shippedStopWords();
  return {
    edits,
    stop,
    enabled,
    setEnabled,
    add: (word) => change(addStopWord(edits, word)),
    remove: (word) => change(removeStopWord(edits, word)),
    shipped: { fa: fa.length, en: en.length },
    error,
  };
}
