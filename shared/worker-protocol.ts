// The messages between the renderer and its heavy-work worker (renderer/workers/): plain data
// only (structured-clonable, no functions), so the same jobs run in a Worker or inline. Every
// message that crosses is checked by the parsers below before it is used: a malformed one is
// dropped, never half-trusted.
import type { ImportReport } from './exchange/import-report';
import type { FailedFile } from './import/import-many';
import type { ImportedDocument } from './import/types';
import type { CaseId, CodeId, CoderId, ProjectId } from './model/ids';
import type { Result } from './model/snapshot';
import type { Code } from './model/types';
import type { ReportLocale } from './report/labels';
import type { ProjectTableId } from './export/tables-for-project';
import { exportFormat, isExportFormatId, type ExportFormatIdFor } from './export/format-registry';

/** What the coding report holds: chosen themes and cases, passages or not, its language. */
export interface ReportChoice {
  readonly themeIds: readonly CodeId[];
  readonly caseIds: readonly CaseId[];
  readonly includePassages: boolean;
  readonly locale: ReportLocale;
  /** Only these coders' codings (null: codings without a coder); all when absent. */
  readonly coderIds?: readonly (CoderId | null)[];
}

/**
 * Derived from the format registry: a new format needs no edit here. `locale`: the interface
 * language, for the formats that take one (XLSX, CSV: sheet names, headings); the report
 * carries its own in its choice.
 */
export type ExportRequest =
  | { readonly kind: ExportFormatIdFor<'plain'>; readonly locale?: ReportLocale }
  | {
      readonly kind: ExportFormatIdFor<'table'>;
      readonly table: ProjectTableId;
      readonly locale?: ReportLocale;
    }
  | { readonly kind: ExportFormatIdFor<'report'>; readonly report: ReportChoice };

export interface FileBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A read .qdpx/.qdc/backup, before anything is written. A project stays in the worker. */
export type ExchangePreview =
  | {
      readonly kind: 'project';
      readonly fileName: string;
      /** Names the snapshot the worker holds until `commit-exchange` (or the worker ends). */
      readonly handle: number;
      readonly projectName: string;
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

export interface CommitOutcome {
  readonly projectId: ProjectId;
  readonly projectName: string;
  readonly copy: boolean;
}

export interface ExportOutput {
  readonly projectName: string;
  readonly data: string | Uint8Array;
}

/**
 * A parsed transcript with its search key, normalizeForSearch(text), computed in the worker so
 * the page's save (`addDocuments`, given it as `searchText`) does not compute it on its thread.
 */
export interface ParsedDocument extends ImportedDocument {
  readonly searchText: string;
}

export interface ParsedDocuments {
  readonly imported: ParsedDocument[];
  readonly failed: FailedFile[];
}

export type HeavyJob =
  | { readonly kind: 'parse-documents'; readonly files: readonly FileBytes[] }
  | { readonly kind: 'read-exchange'; readonly file: FileBytes }
  | { readonly kind: 'commit-exchange'; readonly handle: number }
  | {
      readonly kind: 'export';
      readonly projectId: ProjectId;
      readonly request: ExportRequest;
      readonly appVersion: string;
      /** Only this document set's documents in a report or table export (issue 13.4). */
      readonly setId?: string | null;
    }
  /** Sends the bytes there and back: the bench's floor (what moving the data alone costs). */
  | { readonly kind: 'echo'; readonly bytes: Uint8Array };

export type HeavyJobKind = HeavyJob['kind'];

export interface HeavyJobOutput {
  readonly 'parse-documents': ParsedDocuments;
  readonly 'read-exchange': ExchangePreview;
  readonly 'commit-exchange': CommitOutcome;
  readonly export: ExportOutput;
  readonly echo: { readonly bytes: number };
}

/**
 * `read`: nothing is written yet, so cancel may stop the worker at once. `write`: the job is in
 * its one transaction; cancel is a request the job honours by aborting it (nothing is left).
 */
export type HeavyPhase = 'read' | 'write';

export interface HeavyProgress {
  readonly phase: HeavyPhase;
  readonly done: number;
  readonly total: number;
  /** What is being worked on (a file name), or ''. */
  readonly label: string;
}

export type ToWorker =
  | { readonly type: 'run'; readonly id: number; readonly job: HeavyJob }
  | { readonly type: 'cancel'; readonly id: number };

export type FromWorker =
  /** Posted once the worker's script has loaded: jobs are sent only after it. */
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly id: number; readonly progress: HeavyProgress }
  | { readonly type: 'result'; readonly id: number; readonly result: Result<unknown> };

/** The reason of a job stopped by the user: the UI says "canceled", not "failed". */
export const CANCELED_REASON = 'Canceled: nothing was written.';

export function isCanceled(r: Result<unknown>): boolean {
  return !r.ok && r.reason === CANCELED_REASON;
}

/** Which phase a job starts in (a commit writes from its first step). */
export function startPhase(kind: HeavyJobKind): HeavyPhase {
  return kind === 'commit-exchange' ? 'write' : 'read';
}

// --- validators: unknown in, a typed message or null out -----------------------------------

type Obj = Readonly<Record<string, unknown>>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isCount = (x: unknown): x is number => Number.isFinite(x) && (x as number) >= 0;
const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');

function isFileBytes(x: unknown): x is FileBytes {
  return isObj(x) && typeof x.name === 'string' && x.bytes instanceof Uint8Array;
}

const TABLES: readonly string[] = ['frequency', 'matrix', 'codebook'];

function isReportChoice(x: unknown): x is ReportChoice {
  return (
    isObj(x) &&
    isStringArray(x.themeIds) &&
    isStringArray(x.caseIds) &&
    typeof x.includePassages === 'boolean' &&
    (x.locale === 'en' || x.locale === 'fa') &&
    (x.coderIds === undefined ||
      (Array.isArray(x.coderIds) && x.coderIds.every((v) => v === null || typeof v === 'string')))
  );
}

export function isExportRequest(x: unknown): x is ExportRequest {
  if (!isObj(x) || !isExportFormatId(x.kind)) return false;
  if (x.locale !== undefined && x.locale !== 'en' && x.locale !== 'fa') return false;
  switch (exportFormat(x.kind).request) {
    case 'plain':
      return true;
    case 'table':
      return typeof x.table === 'string' && TABLES.includes(x.table);
    case 'report':
      return isReportChoice(x.report);
  }
}

export function isHeavyJob(x: unknown): x is HeavyJob {
  if (!isObj(x)) return false;
  switch (x.kind) {
    case 'parse-documents':
      return Array.isArray(x.files) && x.files.every(isFileBytes);
    case 'read-exchange':
      return isFileBytes(x.file);
    case 'commit-exchange':
      return isId(x.handle);
    case 'export':
      return (
        typeof x.projectId === 'string' &&
        x.projectId !== '' &&
        typeof x.appVersion === 'string' &&
        (x.setId === undefined || x.setId === null || typeof x.setId === 'string') &&
        isExportRequest(x.request)
      );
    case 'echo':
      return x.bytes instanceof Uint8Array;
    default:
      return false;
  }
}

export function parseToWorker(x: unknown): ToWorker | null {
  if (!isObj(x) || !isId(x.id)) return null;
  if (x.type === 'cancel') return { type: 'cancel', id: x.id };
  if (x.type === 'run' && isHeavyJob(x.job)) return { type: 'run', id: x.id, job: x.job };
  return null;
}

function isProgress(x: unknown): x is HeavyProgress {
  return (
    isObj(x) &&
    (x.phase === 'read' || x.phase === 'write') &&
    isCount(x.done) &&
    isCount(x.total) &&
    (x.done as number) <= (x.total as number) &&
    typeof x.label === 'string'
  );
}

function isResult(x: unknown): x is Result<unknown> {
  return isObj(x) && (x.ok === true ? 'data' in x : x.ok === false && typeof x.reason === 'string');
}

export function parseFromWorker(x: unknown): FromWorker | null {
  if (isObj(x) && x.type === 'ready') return { type: 'ready' };
  if (!isObj(x) || !isId(x.id)) return null;
  if (x.type === 'progress' && isProgress(x.progress)) {
    return { type: 'progress', id: x.id, progress: x.progress };
  }
  if (x.type === 'result' && isResult(x.result))
    return { type: 'result', id: x.id, result: x.result };
  return null;
}

/** The buffers of a job that can move to the worker instead of being copied. */
export function transferablesOf(job: HeavyJob): ArrayBuffer[] {
  const bytes =
    job.kind === 'parse-documents'
      ? job.files.map((f) => f.bytes)
      : job.kind === 'read-exchange'
        ? [job.file.bytes]
        : job.kind === 'echo'
          ? [job.bytes]
          : [];
  // Only whole, unshared buffers move: a view into a bigger buffer is copied instead.
  const seen = new Set<ArrayBuffer>();
  for (const b of bytes) {
    if (
      b.buffer instanceof ArrayBuffer &&
      b.byteOffset === 0 &&
      b.byteLength === b.buffer.byteLength
    )
      seen.add(b.buffer);
  }
  return [...seen];
}
