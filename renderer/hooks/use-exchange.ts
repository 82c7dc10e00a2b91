// Exports of the open project: the heavy-work worker reads the whole project (texts included) in
// one read transaction of its own and renders it with a pure function from shared/; the page
// only hands the bytes to the platform's save function (a native dialog on the desktop, a
// download in the browser).
import { useCallback, useSyncExternalStore } from 'react';
import { exportFileStem } from '../../shared/export/file-name';
import {
  EXPORT_FORMATS,
  exportFileNameFor,
  exportFormat,
  saveFilterFor,
  type ExportFormatId,
  type ExportFormatSpec,
} from '../../shared/export/format-registry';
import type { ProjectTableId } from '../../shared/export/tables-for-project';
import type { ProjectId } from '../../shared/model/ids';
import type { ReportLocale } from '../../shared/report/labels';
import { refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import type { ProjectState } from '../../shared/store/project-store';
import type { ExportRequest, HeavyProgress, ReportChoice } from '../../shared/worker-protocol';
import type { MessageKey } from '../i18n/catalog';
import { getPlatform, type SaveOutcome } from '../platform/bridge';
import { useHeavyTask } from './use-heavy-task';
import { useReportOptions } from './use-report-options';
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

/**
 * How the export panel offers a format, read from the options it takes: a file of its own
 * (one button), one table among several (a table picker), or a report (themes, cases, passages).
 */
export type ExportGroup = 'file' | 'table' | 'report';

export function exportGroupOf(format: ExportFormatSpec): ExportGroup {
  if (format.options.includes('selection')) return 'report';
  return format.options.includes('table') ? 'table' : 'file';
}

/** The registry's formats of one group, in the registry's order. */
export function exportFormatsIn(group: ExportGroup): readonly ExportFormatSpec<ExportFormatId>[] {
  return EXPORT_FORMATS.filter((f) => exportGroupOf(f) === group);
}

type TableRequest = Extract<ExportRequest, { table: unknown }>;
type ReportRequest = Extract<ExportRequest, { report: unknown }>;
type FileRequest = Exclude<ExportRequest, TableRequest | ReportRequest>;

/** The worker's request for a format, with the panel's current choices where it takes them. */
export function exportRequestFor(
  id: ExportFormatId,
  choice: {
    readonly table: ProjectTableId;
    readonly report: ReportChoice;
    /** The interface language: sheet names and headings of the formats that take a locale. */
    readonly locale?: ReportLocale;
  },
): ExportRequest {
  const format = exportFormat(id);
  const locale =
    choice.locale && format.options.includes('locale') ? { locale: choice.locale } : {};
  // The casts hold as long as the protocol's kinds match the registry's groups:
  // use-exchange.test.ts checks every format's request against isExportRequest.
  switch (exportGroupOf(format)) {
    case 'report':
      return { kind: id as ReportRequest['kind'], report: choice.report };
    case 'table':
      return { kind: id as TableRequest['kind'], table: choice.table, ...locale };
    case 'file':
      return { kind: id as FileRequest['kind'], ...locale };
  }
}

/** A format's messages: `exchange.<labelId>`, its hint, and a report's save button. */
export function exportMessages(format: ExportFormatSpec): {
  readonly label: MessageKey;
  readonly hint: MessageKey | null;
  readonly save: MessageKey;
} {
  const save =
    exportGroupOf(format) === 'report'
      ? `exchange.save${format.id.charAt(0).toUpperCase()}${format.id.slice(1)}`
      : 'exchange.save';
  return {
    label: `exchange.${format.labelId}` as MessageKey,
    hint: format.hinted ? (`exchange.${format.labelId}Hint` as MessageKey) : null,
    save: save as MessageKey,
  };
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
  const { setId } = useReportOptions(); // the report's set scope (issue 13.4)
  const exportProject = useCallback(
    async (request: ExportRequest): Promise<Result<ExportDone>> => {
      if (!projectId) return refuse('app.noProjectOpen');
      try {
        const platform = getPlatform();
        const version = (await platform.getInfo().catch(() => null))?.version ?? '';
        const r = await run({ kind: 'export', projectId, request, appVersion: version, setId });
        if (!r.ok) return r;
        const { data, projectName } = r.data;
        const fileName = exportFileName(projectName, request);
        const saved =
          exportFormat(request.kind).printed && typeof data === 'string'
            ? await platform.savePdf(fileName, data)
            : await platform.saveFile(fileName, data, [saveFilterFor(request.kind)]);
        return saved.ok ? ok({ fileName, outcome: saved.data }) : saved;
      } catch (e) {
        return refuse('app.unexpected', { detail: e instanceof Error ? e.message : String(e) });
      }
    },
    [projectId, run, setId],
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
