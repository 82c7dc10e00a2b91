// `mazmun export`'s rendering: the command's arguments become the registry's options
// (shared/export/format-registry.ts) and the format renders as it does in the app.
import { exportFormat, type ExportOptions } from '../shared/export/format-registry';
import type { ProjectSnapshot } from '../shared/model/snapshot';
import type { ExportArgs } from './commands/export';

export interface ExportContext {
  readonly appVersion: string;
  /** The report font (WOFF2 as base64), or null to rely on the reader's fonts; asked for only by
   *  a format that embeds it. */
  readonly reportFont: () => string | null;
  readonly now: number;
}

export async function exportProject(
  snapshot: ProjectSnapshot,
  args: ExportArgs,
  ctx: ExportContext,
): Promise<string | Uint8Array> {
  const format = exportFormat(args.format);
  const options: ExportOptions = {
    appVersion: ctx.appVersion,
    now: ctx.now,
    convention: args.convention,
    table: args.table,
    includePassages: args.passages,
    ...(args.locale ? { locale: args.locale } : {}),
    ...(args.digits ? { digits: args.digits } : {}),
    ...(args.coderIds ? { coderIds: args.coderIds } : {}),
    ...(args.set !== null && args.set !== undefined ? { setName: args.set } : {}),
    ...(format.options.includes('font') ? { font: ctx.reportFont() } : {}),
  };
  return format.render(snapshot, options);
}
