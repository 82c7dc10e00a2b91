// Reading a picked .qdpx, .qdc or backup into a preview: parses, counts and checks its ids
// against the database, and writes nothing. Runs in the heavy-work worker (or inline).
import { importQdc, importQdpx, restoreBackup, type ImportReport } from '../../shared/exchange';
import { snapshotIdsTaken } from '../../shared/db/merge-repo-ids';
import type { MazmunDb } from '../../shared/db/database';
import { refuse } from '../../shared/errors';
import { ok, type ProjectSnapshot, type Result } from '../../shared/model/snapshot';
import type { Code } from '../../shared/model/types';

export type ReadExchangeFile =
  | {
      readonly kind: 'project';
      readonly fileName: string;
      readonly snapshot: ProjectSnapshot;
      readonly report: ImportReport;
      /** Some of its ids are already in this database: it will be imported as a copy. */
      readonly clash: boolean;
    }
  | {
      readonly kind: 'codebook';
      readonly fileName: string;
      readonly codes: readonly Code[];
      readonly report: ImportReport;
    };

function backupReport(s: ProjectSnapshot, warnings: readonly string[]): ImportReport {
  return {
    mapped: {
      users: s.coders.length,
      codes: s.codes.length,
      variables: s.attributes.length,
      cases: s.cases.length,
      documents: s.documents.length,
      codings: s.codings.length,
      memos: s.memos.length,
    },
    skipped: [],
    warnings,
  };
}

/** True when any id of the snapshot is already stored (every table: shared/db/merge-repo-ids). */
export const clashes = snapshotIdsTaken;

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Reads a picked file into a preview; writes nothing. */
export async function readExchangeFile(
  db: MazmunDb,
  name: string,
  bytes: Uint8Array,
): Promise<Result<ReadExchangeFile>> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.qdc')) {
    const r = importQdc(decode(bytes));
    return r.ok
      ? ok({ kind: 'codebook', fileName: name, codes: r.data.codes, report: r.data.report })
      : r;
  }
  let read: Result<{ snapshot: ProjectSnapshot; report: ImportReport }>;
  if (lower.endsWith('.json')) {
    const r = restoreBackup(decode(bytes));
    // The backup's own failure, code and all: the view translates it by code.
    read = r.ok ? ok({ snapshot: r.data, report: backupReport(r.data, r.warnings) }) : r;
  } else if (lower.endsWith('.qdpx')) {
    read = await importQdpx(bytes);
  } else {
    return refuse('app.notExchangeFile');
  }
  if (!read.ok) return read;
  const { snapshot, report } = read.data;
  return ok({
    kind: 'project',
    fileName: name,
    snapshot,
    report,
    clash: await clashes(db, snapshot),
  });
}
