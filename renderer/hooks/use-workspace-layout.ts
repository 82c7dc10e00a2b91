// The workspace layout of the open project, kept in the settings table (one JSON value per
// project) rather than localStorage: it follows the project's profile, not the browser tab, and
// goes the same way as the app's other settings. Writes are debounced while a separator drags.
import { useCallback, useEffect, useRef, useState } from 'react';
import { getSetting, setSetting } from '../../shared/db/settings-repo';
import type { ProjectId } from '../../shared/model';
import { getDb } from '../data/database';
import {
  DEFAULT_LAYOUT,
  defaultLayoutFor,
  parseLayout,
  serializeLayout,
  type WorkspaceLayout,
} from '../workspace/layout/layout-model';

const SAVE_DELAY_MS = 250;

export const layoutKey = (projectId: ProjectId) => `workspace.layout.${projectId}`;

export interface LayoutState {
  readonly layout: WorkspaceLayout;
  /** False until the stored layout has been read (the panes render with the default meanwhile). */
  readonly loaded: boolean;
  readonly update: (change: (l: WorkspaceLayout) => WorkspaceLayout) => void;
}

export function useWorkspaceLayout(projectId: ProjectId): LayoutState {
  const [state, setState] = useState<{ id: ProjectId; layout: WorkspaceLayout } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    const fallback = defaultLayoutFor(globalThis.innerWidth ?? 0);
    void getSetting(getDb(), layoutKey(projectId)).then(
      (raw) => !cancelled && setState({ id: projectId, layout: parseLayout(raw, fallback) }),
      // An unreadable setting only loses the arrangement: the default layout is used.
      () => !cancelled && setState({ id: projectId, layout: fallback }),
    );
    return () => {
      cancelled = true;
    };
  }, [projectId]);

  const current = state?.id === projectId ? state.layout : null;
  const update = useCallback(
    (change: (l: WorkspaceLayout) => WorkspaceLayout) => {
      setState((prev) => {
        const base = prev?.id === projectId ? prev.layout : DEFAULT_LAYOUT;
        const next = change(base);
        if (next === base) return prev;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          void setSetting(getDb(), layoutKey(projectId), serializeLayout(next)).catch(() => {
            // A preference only: the layout simply is not remembered this time.
          });
        }, SAVE_DELAY_MS);
        return { id: projectId, layout: next };
      });
    },
    [projectId],
  );

  return { layout: current ?? DEFAULT_LAYOUT, loaded: current !== null, update };
}
