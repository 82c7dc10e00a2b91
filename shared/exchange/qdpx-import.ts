// Importing a REFI-QDA project (.qdpx). Everything here is untrusted input: see safe-zip.ts and
// xml-read.ts for the defences; any failure comes back as a Result reason, never a throw.
import { MAX_ENTRY_BYTES } from '../import/input-limits';
import { newId, type ProjectId } from '../model/ids';
import { appError, errorOf, refuse, refuseWith } from '../errors';
import { ok, type ProjectSnapshot, type Result } from '../model/snapshot';
import { GuidMap } from './guid-map';
import { ReportBuilder, type ImportReport } from './import-report';
import { META_ENTRY, MetaReader, parseMetaFile } from './meta-file';
import type { QdeReadContext } from './qde-context';
import { QDE_ARRAY_TAGS, readProjectQde } from './qde-read';
import { decodeUtf8, openQdpx } from './qdpx-open';
import type { SafeZipOptions } from './safe-zip';
import { childNode, parseXmlSafely } from './xml-read';
import { readXmlTree } from './xml-tree';

export interface QdpxImportOptions extends SafeZipOptions {
  /** Id of the new project; a fresh one when absent. */
  readonly projectId?: ProjectId;
  /** Timestamp for items that carry no date (defaults to the current time). */
  readonly now?: number;
}

export interface QdpxImport {
  readonly snapshot: ProjectSnapshot;
  readonly report: ImportReport;
}

async function importInner(
  bytes: Uint8Array,
  options: QdpxImportOptions,
): Promise<Result<QdpxImport>> {
  const opened = await openQdpx(bytes, options);
  if (!opened.ok) return opened;
  const { zip, qde } = opened.data;
  const parsed = parseXmlSafely(qde, QDE_ARRAY_TAGS, { scanned: true });
  if (!parsed.ok) {
    return refuseWith(appError('exchange.inProjectQde', { error: errorOf(parsed) }));
  }
  const root = childNode(parsed.data, 'Project');
  if (root === undefined) {
    return refuse('exchange.noProjectRoot');
  }
  const report = new ReportBuilder();
  // Mazmun's own facts, when the archive was written by Mazmun (format 2 on); an unreadable
  // file is ignored like any entry REFI-QDA does not define.
  let metas = new MetaReader(null);
  if (zip.has(META_ENTRY)) {
    const raw = await zip.read(META_ENTRY, { maxBytes: MAX_ENTRY_BYTES });
    const text = raw.ok ? decodeUtf8(raw.data, META_ENTRY) : null;
    metas = (text?.ok ? parseMetaFile(text.data) : null) ?? metas;
  }
  const rootAttributes = readXmlTree(qde, true)?.attributes ?? [];
  const ctx: QdeReadContext = {
    projectId: options.projectId ?? newId<'ProjectId'>(),
    now: options.now ?? Date.now(),
    guids: new GuidMap(report),
    report,
    metas,
    rootAttributes,
    keepOrder: !/^Mazmun(?: |$)/.test(rootAttributes.find(([k]) => k === 'origin')?.[1] ?? ''),
    readInternal: async (path) => {
      if (!zip.has(path)) return refuse('exchange.sourceFileMissing', { path });
      const read = await zip.read(path, { maxBytes: MAX_ENTRY_BYTES });
      return read.ok ? decodeUtf8(read.data, path) : refuseWith(errorOf(read));
    },
  };
  const snapshot = await readProjectQde(root, ctx);
  return ok({ snapshot, report: report.build() });
}

export async function importQdpx(
  bytes: Uint8Array,
  options: QdpxImportOptions = {},
): Promise<Result<QdpxImport>> {
  try {
    return await importInner(bytes, options);
  } catch (e) {
    // A last guard: a library may still throw on input nobody foresaw.
    const detail = e instanceof Error ? e.message : String(e);
    return refuse('exchange.importCrashed', { detail });
  }
}
