// Exports of the open project: each reads the whole project once (texts included) in one read
// transaction, renders it with a pure function from shared/, and hands the bytes to the
// platform's save function (a native dialog on the desktop, a download in the browser).
import { useCallback, useSyncExternalStore } from 'react';
import { exportSnapshot } from '../../shared/db/snapshot-repo';
import { exportQdc, exportQdpx, serializeBackup } from '../../shared/exchange';
import { toCsv } from '../../shared/export/csv';
import {
  tablesForProject,
  tablesToXlsx,
  type ProjectTableId,
} from '../../shared/export/tables-for-project';
import type { FileFilter } from '../../shared/ipc';
import type { CaseId, CodeId, ProjectId } from '../../shared/model/ids';
import { fail, ok, type ProjectSnapshot, type Result } from '../../shared/model/snapshot';
import { htmlReport } from '../../shared/report/html-report';
import { isRtlLanguage, type ReportLocale } from '../../shared/report/labels';
import type { ProjectState } from '../../shared/store/project-store';
import { getDb } from '../data/database';
import { getPlatform, type SaveOutcome } from '../platform/bridge';
import { useStoreStatus } from './use-project-store';

export interface ReportChoice {
  readonly themeIds: readonly CodeId[];
  readonly caseIds: readonly CaseId[];
  readonly includePassages: boolean;
  readonly locale: ReportLocale;
}

export type ExportRequest =
  | { readonly kind: 'qdpx' | 'qdc' | 'backup' | 'xlsx' }
  | { readonly kind: 'csv'; readonly table: ProjectTableId }
  | { readonly kind: 'html' | 'pdf'; readonly report: ReportChoice };

export interface ExportDone {
  readonly fileName: string;
  readonly outcome: SaveOutcome;
}

const FILTERS: Record<ExportRequest['kind'], FileFilter> = {
  qdpx: { name: 'REFI-QDA project', extensions: ['qdpx'] },
  qdc: { name: 'REFI-QDA codebook', extensions: ['qdc'] },
  backup: { name: 'Mazmun backup', extensions: ['json'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  html: { name: 'HTML report', extensions: ['html'] },
  pdf: { name: 'PDF report', extensions: ['pdf'] },
};

const EXTENSION: Record<ExportRequest['kind'], string> = {
  qdpx: '.qdpx',
  qdc: '.qdc',
  backup: '.mazmun.json',
  xlsx: '.xlsx',
  csv: '.csv',
  html: '.html',
  pdf: '.pdf',
};

/** A bare file name from the project name (the save dialog refuses separators and the like). */
export function fileStem(name: string): string {
  const stem = name
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return stem || 'mazmun-project';
}

let fontPromise: Promise<string | null> | null = null;

/** Vazirmatn's Arabic subset as a data: URL, loaded once in its own chunk, only for reports. */
function reportFont(): Promise<string | null> {
  fontPromise ??= import('@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?inline')
    .then((m: { default: string }) => m.default)
    .catch(() => null);
  return fontPromise;
}

export async function renderExport(
  snapshot: ProjectSnapshot,
  request: ExportRequest,
  appVersion: string,
): Promise<string | Uint8Array> {
  const rtl = isRtlLanguage(snapshot.project.language);
  switch (request.kind) {
    case 'qdpx':
      return exportQdpx(snapshot, { appVersion });
    case 'qdc':
      return exportQdc(snapshot, { appVersion });
    case 'backup':
      return serializeBackup(snapshot, { appVersion });
    case 'xlsx':
      return tablesToXlsx(tablesForProject(snapshot), rtl, {
        appVersion,
        projectName: snapshot.project.name,
      });
    case 'csv': {
      const [table] = tablesForProject(snapshot, { tables: [request.table] });
      return toCsv(table?.table ?? { columns: [], rows: [] });
    }
    case 'html':
    case 'pdf': {
      const font = await reportFont();
      const r = request.report;
      return htmlReport(snapshot, {
        themeIds: r.themeIds,
        caseIds: r.caseIds,
        includePassages: r.includePassages,
        locale: r.locale,
        appVersion,
        ...(font ? { font: { family: 'Vazirmatn', woff2: font } } : {}),
      });
    }
  }
}

export function exportFileName(projectName: string, request: ExportRequest): string {
  const suffix =
    request.kind === 'csv'
      ? `-${request.table}`
      : request.kind === 'html' || request.kind === 'pdf'
        ? '-report'
        : '';
  return `${fileStem(projectName)}${suffix}${EXTENSION[request.kind]}`;
}

/** Returns `exportProject(request)`, which resolves to what was saved, or why not. */
export function useExchangeExport(
  projectId: ProjectId | null,
): (request: ExportRequest) => Promise<Result<ExportDone>> {
  return useCallback(
    async (request) => {
      if (!projectId) return fail('no project is open');
      try {
        const snapshot = await exportSnapshot(getDb(), projectId);
        const platform = getPlatform();
        const version = (await platform.getInfo().catch(() => null))?.version ?? '';
        const data = await renderExport(snapshot, request, version);
        const fileName = exportFileName(snapshot.project.name, request);
        const saved =
          request.kind === 'pdf' && typeof data === 'string'
            ? await platform.savePdf(fileName, data)
            : await platform.saveFile(fileName, data, [FILTERS[request.kind]]);
        return saved.ok ? ok({ fileName, outcome: saved.data }) : saved;
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
    },
    [projectId],
  );
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
