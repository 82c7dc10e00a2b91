// Exports of the open project: the heavy-work worker reads the whole project (texts included) in
// one read transaction of its own and renders it with a pure function from shared/; the page
// only hands the bytes to the platform's save function (a native dialog on the desktop, a
// download in the browser).
import { useCallback, useSyncExternalStore } from 'react';
import { exportFileStem } from '../../shared/export/file-name';
import { exportFileNameFor, saveFilterFor } from '../../shared/export/format-registry';
import type { ProjectId } from '../../shared/model/ids';
import { refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import type { ProjectState } from '../../shared/store/project-store';
import type { ExportRequest, HeavyProgress } from '../../shared/worker-protocol';
import { getPlatform, type SaveOutcome } from '../platform/bridge';
import { useHeavyTask } from './use-heavy-task';
import { useStoreStatus } from './use-project-store';

export type { ExportRequest, ReportChoice } from '../../shared/worker-protocol';
export { renderExport } from '../workers/render-export';

export interface ExportDone {
  readonly fileName: string;
  readonly outcome: SaveOutcome;
}

/** A bare file name from the project name (shared/export/file-name.ts: also no bidi controls). */
export const fileStem = exportFileStem;

/** The file's name: the project's stem, then the format's suffix and extension (the registry's). */
export function exportFileName(projectName: string, request: ExportRequest): string {
  return exportFileNameFor(
    fileStem(projectName),
    request.kind,
    'table' in request ? { appVersion: '', table: request.table } : { appVersion: '' },
  );
}

export interface ExchangeExport {
  /** Resolves to what was saved, or why not (canceled included: see isCanceled). */
  readonly exportProject: (request: ExportRequest) => Promise<Result<ExportDone>>;
  /** While the worker reads and renders: how far it got. */
  readonly progress: HeavyProgress | null;
  readonly cancel: () => void;
}

export function useExchangeExport(projectId: ProjectId | null): ExchangeExport {
  const { run, progress, cancel } = useHeavyTask();
  const exportProject = useCallback(
    async (request: ExportRequest): Promise<Result<ExportDone>> => {
      if (!projectId) return refuse('app.noProjectOpen');
      try {
        const platform = getPlatform();
        const version = (await platform.getInfo().catch(() => null))?.version ?? '';
        const r = await run({ kind: 'export', projectId, request, appVersion: version });
        if (!r.ok) return r;
        const { data, projectName } = r.data;
        const fileName = exportFileName(projectName, request);
        const saved =
          request.kind === 'pdf' && typeof data === 'string'
            ? await platform.savePdf(fileName, data)
            : await platform.saveFile(fileName, data, [saveFilterFor(request.kind)]);
        return saved.ok ? ok({ fileName, outcome: saved.data }) : saved;
      } catch (e) {
        return refuse('app.unexpected', { detail: e instanceof Error ? e.message : String(e) });
      }
    },
    [projectId, run],
  );
  return { exportProject, progress, cancel };
}

const noStore = {
  subscribe: () => () => undefined,
  getState: (): null => null,
};

/** The open project's state, or null when none is open (this view works without a project). */
export function useOpenProjectState(): ProjectState | null {
  const status = useStoreStatus();
  const store = status.kind === 'ready' ? status.store : noStore;
  return useSyncExternalStore<ProjectState | null>(store.subscribe, store.getState, store.getState);
}
