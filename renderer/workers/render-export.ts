// The bytes of an export, rendered from one project snapshot by the format's own renderer in the
// export registry (shared/export/format-registry.ts), the one `mazmun export` calls too. It runs
// in the heavy-work worker (renderer/workers/heavy-jobs.ts), or inline where there is none.
import { exportFormat, type ExportOptions } from '../../shared/export/format-registry';
import type { ProjectSnapshot } from '../../shared/model/snapshot';
import type { ExportRequest } from '../../shared/worker-protocol';

let fontPromise: Promise<string | null> | null = null;

/** Vazirmatn's Arabic subset as a data: URL, loaded once in its own chunk, only for reports. */
function reportFont(): Promise<string | null> {
  fontPromise ??= import('@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?inline')
    .then((m: { default: string }) => m.default)
    .catch(() => null);
  return fontPromise;
}

/** The app's choices for one export as the registry's options (what the request carries). */
async function optionsOf(request: ExportRequest, appVersion: string): Promise<ExportOptions> {
  const format = exportFormat(request.kind);
  const font = format.options.includes('font') ? await reportFont() : null;
  const base = {
    appVersion,
    ...(font ? { font } : {}),
    ...('locale' in request && request.locale ? { locale: request.locale } : {}),
  };
  if ('table' in request) return { ...base, table: request.table };
  if ('report' in request) {
    const r = request.report;
    return {
      ...base,
      themeIds: r.themeIds,
      caseIds: r.caseIds,
      ...(r.coderIds ? { coderIds: r.coderIds } : {}),
      includePassages: r.includePassages,
      locale: r.locale,
    };
  }
  return base;
}

export async function renderExport(
  snapshot: ProjectSnapshot,
  request: ExportRequest,
  appVersion: string,
  /** The document set the snapshot was limited to (the report's header names it). */
  setName?: string,
): Promise<string | Uint8Array> {
  const options = await optionsOf(request, appVersion);
  return exportFormat(request.kind).render(
    snapshot,
    setName === undefined ? options : { ...options, setName },
  );
}
