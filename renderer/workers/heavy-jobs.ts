// The jobs of the heavy-work worker: each a pure shared/ function (or two) wrapped with progress.
// They run the same in the Worker and inline (tests, or where no Worker can start), so the
// worker entry holds no logic of its own.
import type { MazmunDb } from '../../shared/db/database';
import { exportSnapshot, importSnapshot } from '../../shared/db/snapshot-repo';
import { reassignIds } from '../../shared/exchange/reassign-ids';
import { importMany } from '../../shared/import/import-many';
import { refuse } from '../../shared/errors';
import { normalizeForSearch } from '../../shared/text/persian';
import { ok, type ProjectSnapshot, type Result } from '../../shared/model/snapshot';
import {
  type ExchangePreview,
  type HeavyJob,
  type HeavyJobOutput,
  type HeavyProgress,
} from '../../shared/worker-protocol';
import { browserPdfEngine } from './pdf-engine';
import { readExchangeFile } from './read-exchange-file';
import { renderExport } from './render-export';
import { snapshotInSetId } from '../../shared/analysis/document-sets';

export interface JobContext {
  readonly db: () => Promise<Result<MazmunDb>>;
  readonly progress: (p: HeavyProgress) => void;
  /** True once the user asked to stop: checked between the chunks of a write. */
  readonly canceled: () => boolean;
  /** Projects read and previewed, kept here (not copied to the page) until they are imported. */
  readonly held: Map<number, { readonly snapshot: ProjectSnapshot; readonly clash: boolean }>;
}

let nextHandle = 1;

type Output<K extends HeavyJob['kind']> = Promise<Result<HeavyJobOutput[K]>>;

async function readExchange(
  file: { name: string; bytes: Uint8Array },
  ctx: JobContext,
): Output<'read-exchange'> {
  const db = await ctx.db();
  if (!db.ok) return db;
  ctx.progress({ phase: 'read', done: 0, total: 2, label: file.name });
  const r = await readExchangeFile(db.data, file.name, file.bytes);
  if (!r.ok) return r;
  ctx.progress({ phase: 'read', done: 2, total: 2, label: file.name });
  if (r.data.kind === 'codebook') return ok(r.data);
  // One previewed project at a time: a new read lets the last one go.
  ctx.held.clear();
  const handle = nextHandle++;
  ctx.held.set(handle, { snapshot: r.data.snapshot, clash: r.data.clash });
  const preview: ExchangePreview = {
    kind: 'project',
    fileName: r.data.fileName,
    handle,
    projectName: r.data.snapshot.project.name,
    report: r.data.report,
    clash: r.data.clash,
  };
  return ok(preview);
}

async function commitExchange(handle: number, ctx: JobContext): Output<'commit-exchange'> {
  const held = ctx.held.get(handle);
  if (!held) return refuse('app.fileNoLongerOpen');
  const db = await ctx.db();
  if (!db.ok) return db;
  const snapshot = held.clash ? reassignIds(held.snapshot) : held.snapshot;
  // Throwing from onProgress aborts importSnapshot's one transaction: nothing is left behind.
  const r = await importSnapshot(db.data, snapshot, (done, total) => {
    if (ctx.canceled()) throw new Error('canceled');
    ctx.progress({ phase: 'write', done, total, label: snapshot.project.name });
  });
  if (!r.ok) return ctx.canceled() ? refuse('app.canceled') : r;
  ctx.held.delete(handle);
  return ok({ projectId: r.data.projectId, projectName: snapshot.project.name, copy: held.clash });
}

async function exportProject(
  job: Extract<HeavyJob, { kind: 'export' }>,
  ctx: JobContext,
): Output<'export'> {
  const db = await ctx.db();
  if (!db.ok) return db;
  ctx.progress({ phase: 'read', done: 0, total: 2, label: '' });
  const snapshot = await exportSnapshot(db.data, job.projectId);
  ctx.progress({ phase: 'read', done: 1, total: 2, label: snapshot.project.name });
  // A set scope limits what is counted (report, tables), never a whole-project export.
  const counted = 'report' in job.request || 'table' in job.request;
  const scoped = counted ? snapshotInSetId(snapshot, job.setId) : snapshot;
  const set = counted ? snapshot.sets?.find((s) => s.id === job.setId) : undefined;
  const data = await renderExport(scoped, job.request, job.appVersion, set?.name);
  ctx.progress({ phase: 'read', done: 2, total: 2, label: snapshot.project.name });
  return ok({ projectName: snapshot.project.name, data });
}

/** Runs one job; a throw (a library bug) comes back as a reason, never escapes. */
export async function runJob(job: HeavyJob, ctx: JobContext): Promise<Result<unknown>> {
  try {
    switch (job.kind) {
      case 'parse-documents': {
        const total = job.files.length;
        ctx.progress({ phase: 'read', done: 0, total, label: job.files[0]?.name ?? '' });
        // A PDF reports its pages (done/total of pages, the file's name): a 300-page book
        // moves the bar; between files the count is of files again.
        const r = await importMany(
          job.files,
          (done, all, name) => ctx.progress({ phase: 'read', done, total: all, label: name }),
          { pdf: { engine: browserPdfEngine } },
          (name, read, count) =>
            ctx.progress({ phase: 'read', done: read, total: count, label: name }),
        );
        // The search key here too (the function addDocuments would run): ~0.7 µs a character
        // that the page would otherwise spend, on its own thread, while saving.
        return ok({
          failed: r.failed,
          imported: r.imported.map((d) => ({
            ...d,
            searchText: normalizeForSearch(d.text),
            // The repaired text's key too, should the user choose it (issue 11).
            ...(d.brokenPersian && {
              brokenPersian: {
                ...d.brokenPersian,
                repairedSearchText: normalizeForSearch(d.brokenPersian.repairedText),
              },
            }),
          })),
        });
      }
      case 'read-exchange':
        return await readExchange(job.file, ctx);
      case 'commit-exchange':
        return await commitExchange(job.handle, ctx);
      case 'export':
        return await exportProject(job, ctx);
      case 'echo':
        return ok({ bytes: job.bytes.length });
    }
  } catch (e) {
    return refuse('app.unexpected', { detail: e instanceof Error ? e.message : String(e) });
  }
}
