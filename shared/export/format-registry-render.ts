// The renderers of the export formats (shared/export/format-registry.ts loads this file when a
// format renders): pure functions of one snapshot and the options a surface passed; an option
// left out takes the function's own default, so the CLI and the app differ only in what they pass.
import { exportQdc } from '../exchange/qdc';
import { exportQdpx } from '../exchange/qdpx-export';
import { serializeBackup } from '../exchange/backup';
import type { ProjectSnapshot } from '../model/snapshot';
import { htmlReport } from '../report/html-report';
import { isRtlLanguage } from '../report/labels';
import { toCsv } from './csv';
import type { ExportOptions } from './format-registry';
import { tablesForProject, tablesToXlsx } from './tables-for-project';

/** The options actually given (an absent one must not override a default with undefined). */
function given<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined | null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as {
    [K in keyof T]?: Exclude<T[K], undefined | null>;
  };
}

export function renderQdpx(s: ProjectSnapshot, o: ExportOptions): Promise<Uint8Array> {
  return exportQdpx(s, { appVersion: o.appVersion });
}

export function renderQdc(s: ProjectSnapshot, o: ExportOptions): string {
  return exportQdc(s, { appVersion: o.appVersion });
}

export function renderBackup(s: ProjectSnapshot, o: ExportOptions): string {
  return serializeBackup(s, { appVersion: o.appVersion, ...given({ exportedAt: o.now }) });
}

export function renderCsv(s: ProjectSnapshot, o: ExportOptions): string {
  const [t] = tablesForProject(s, {
    tables: [o.table ?? 'frequency'],
    ...given({ convention: o.convention, locale: o.locale }),
  });
  return toCsv(t?.table ?? { columns: [], rows: [] });
}

export function renderXlsx(s: ProjectSnapshot, o: ExportOptions): Promise<Uint8Array> {
  const tables = tablesForProject(s, given({ convention: o.convention, locale: o.locale }));
  return tablesToXlsx(tables, isRtlLanguage(s.project.language), {
    appVersion: o.appVersion,
    projectName: s.project.name,
    ...given({ exportedAt: o.now, locale: o.locale }),
  });
}

export function renderHtml(s: ProjectSnapshot, o: ExportOptions): string {
  return htmlReport(s, {
    appVersion: o.appVersion,
    ...given({
      themeIds: o.themeIds,
      caseIds: o.caseIds,
      coderIds: o.coderIds,
      setName: o.setName,
      includePassages: o.includePassages,
      convention: o.convention,
      locale: o.locale,
      digits: o.digits,
      generatedAt: o.now,
    }),
    ...(o.font ? { font: { family: 'Vazirmatn', woff2: o.font } } : {}),
  });
}
