// The bytes of an export, rendered from one project snapshot by the pure functions of shared/.
// It runs in the heavy-work worker (renderer/workers/heavy-jobs.ts), or inline where there is none.
import { exportQdc, exportQdpx, serializeBackup } from '../../shared/exchange';
import { toCsv } from '../../shared/export/csv';
import { tablesForProject, tablesToXlsx } from '../../shared/export/tables-for-project';
import type { ProjectSnapshot } from '../../shared/model/snapshot';
import { htmlReport } from '../../shared/report/html-report';
import { isRtlLanguage } from '../../shared/report/labels';
import type { ExportRequest } from '../../shared/worker-protocol';

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
