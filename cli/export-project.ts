// `mazmun export`: one project, one file, in the same formats the app's Import/Export view writes.
import { exportQdc } from '../shared/exchange/qdc';
import { exportQdpx } from '../shared/exchange/qdpx-export';
import { serializeBackup } from '../shared/exchange/backup';
import { toCsv } from '../shared/export/csv';
import { tablesForProject, tablesToXlsx } from '../shared/export/tables-for-project';
import type { ProjectSnapshot } from '../shared/model/snapshot';
import { htmlReport } from '../shared/report/html-report';
import { isRtlLanguage } from '../shared/report/labels';
import type { Command } from './args';

export type ExportCommand = Extract<Command, { kind: 'export' }>;

export interface ExportContext {
  readonly appVersion: string;
  /** The report font (WOFF2 as base64), or null to rely on the reader's fonts. */
  readonly font: string | null;
  readonly now: number;
}

export async function exportProject(
  snapshot: ProjectSnapshot,
  cmd: ExportCommand,
  ctx: ExportContext,
): Promise<string | Uint8Array> {
  const appVersion = ctx.appVersion;
  const locale = cmd.locale ?? undefined;
  switch (cmd.format) {
    case 'qdpx':
      return exportQdpx(snapshot, { appVersion });
    case 'qdc':
      return exportQdc(snapshot, { appVersion });
    case 'backup':
      return serializeBackup(snapshot, { appVersion, exportedAt: ctx.now });
    case 'csv': {
      const [t] = tablesForProject(snapshot, {
        convention: cmd.convention,
        tables: [cmd.table],
        ...(locale ? { locale } : {}),
      });
      return toCsv(t?.table ?? { columns: [], rows: [] });
    }
    case 'xlsx': {
      const tables = tablesForProject(snapshot, {
        convention: cmd.convention,
        ...(locale ? { locale } : {}),
      });
      return tablesToXlsx(tables, isRtlLanguage(snapshot.project.language), {
        appVersion,
        projectName: snapshot.project.name,
        exportedAt: ctx.now,
      });
    }
    case 'html':
      return htmlReport(snapshot, {
        convention: cmd.convention,
        includePassages: cmd.passages,
        generatedAt: ctx.now,
        appVersion,
        ...(locale ? { locale } : {}),
        ...(cmd.digits ? { digits: cmd.digits } : {}),
        ...(ctx.font ? { font: { family: 'Vazirmatn', woff2: ctx.font } } : {}),
      });
  }
}
