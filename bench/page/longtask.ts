// The longest task on the page's main thread while heavy work runs: a PerformanceObserver of
// 'longtask' entries (Chromium reports every task over 50 ms). Each figure comes in three runs of
// the same work: `inline` (the work on the page's thread, as before the worker), `worker` (the
// app's path through renderer/workers), and `floor` (an echo job with the same bytes: the least
// any worker path costs the page, handing the data over and back).
import { Dexie } from 'dexie';
import { MazmunDb } from '../../shared/db/database';
import { addDocuments, type NewDocument } from '../../shared/db/documents-repo';
import { openDatabase } from '../../shared/db/open-database';
import { createProject } from '../../shared/db/projects-repo';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import { restoreBackup, serializeBackup } from '../../shared/exchange';
import { importMany } from '../../shared/import/import-many';
import type { ProjectId } from '../../shared/model/ids';
import { HeavyWorkClient } from '../../renderer/workers/heavy-work-client';
import { clashes } from '../../renderer/workers/read-exchange-file';
import { workerTransport } from '../../renderer/workers/transport';
import { generateProject, type GenerateOptions } from '../generate';

/** The app's database name: the worker opens it by that name. */
const APP_DB = 'mazmun';

export interface LongTasks {
  /** The longest main-thread task seen, in ms (0 when none passed 50 ms). */
  readonly longest_ms: number;
  readonly count: number;
  /** Sum over long tasks of the time past 50 ms each (Total Blocking Time). */
  readonly blocking_ms: number;
  /** Wall time of the whole operation. */
  readonly wall_ms: number;
  /** Each long task: [start, duration] in ms from the start of the run. */
  readonly tasks: readonly (readonly [number, number])[];
  readonly marks: Readonly<Record<string, number>>;
}

export type LongTaskMode = 'inline' | 'worker' | 'floor';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const settle = async () => {
  // Long-task entries are delivered after the task: give the observer two frames and a tick.
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r, 50));
};

/** Named moments of a run (ms from its start), to place its long tasks. */
let marks: Record<string, number> = {};
let runStart = 0;
const mark = (name: string) => {
  marks[name] = Math.round(performance.now() - runStart);
};

async function observeLongTasks(work: () => Promise<void>): Promise<LongTasks> {
  // Garbage left by an earlier run (an inline import leaves hundreds of MB) would be collected
  // inside this one's tasks: collect it first (Chromium started with --js-flags=--expose-gc).
  // Then let the current task end: a task still running when observe() is called (the copy of
  // the file's bytes, the collection) would be reported as if it were part of the work.
  (globalThis as { gc?: () => void }).gc?.();
  await settle();
  const seen: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  marks = {};
  runStart = performance.now();
  await work();
  const wall = performance.now() - runStart;
  await settle();
  observer.disconnect();
  const durations = seen.map((e) => e.duration);
  return {
    longest_ms: Math.round(Math.max(0, ...durations)),
    count: seen.length,
    blocking_ms: Math.round(durations.reduce((n, d) => n + Math.max(0, d - 50), 0)),
    wall_ms: Math.round(wall),
    tasks: seen.map((e) => [Math.round(e.start - runStart), Math.round(e.duration)]),
    marks,
  };
}

async function freshAppDb(): Promise<MazmunDb> {
  await Dexie.delete(APP_DB);
  const r = await openDatabase(new MazmunDb(APP_DB));
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

function must<T>(r: { ok: true; data: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

function workerClient(): HeavyWorkClient {
  return new HeavyWorkClient(() => {
    const t = workerTransport();
    if (!t) throw new Error('This page cannot start a Worker.');
    return t;
  });
}

let backupBytes: Uint8Array | null = null;
let backupCodings = 0;

/** Generates a project and keeps its backup file's bytes (outside every timing). */
export function prepareBackup(options: GenerateOptions): { bytes: number; codings: number } {
  const g = generateProject(options);
  backupBytes = new TextEncoder().encode(serializeBackup(g.snapshot));
  backupCodings = g.snapshot.codings.length;
  return { bytes: backupBytes.length, codings: backupCodings };
}

/** Restoring the backup file: read (parse, check, clash test) and write it, one transaction. */
export async function backupImport(mode: LongTaskMode): Promise<LongTasks & { codings: number }> {
  if (!backupBytes) throw new Error('prepareBackup first.');
  const db = await freshAppDb();
  const bytes = backupBytes.slice(); // the worker path moves its copy away
  const client = mode === 'inline' ? null : workerClient();
  const r = await observeLongTasks(async () => {
    if (!client) {
      const s = must(restoreBackup(new TextDecoder().decode(bytes)));
      mark('parsed');
      await clashes(db, s);
      mark('checked');
      must(await importSnapshot(db, s));
    } else if (mode === 'floor') {
      must(await client.run({ kind: 'echo', bytes }).result);
    } else {
      const read = must(
        await client.run({ kind: 'read-exchange', file: { name: 'b.mazmun.json', bytes } }).result,
      );
      if (read.kind !== 'project') throw new Error('not a project');
      mark('read');
      must(await client.run({ kind: 'commit-exchange', handle: read.handle }).result);
    }
  });
  client?.dispose();
  db.close();
  await Dexie.delete(APP_DB);
  return { ...r, codings: backupCodings };
}

let hostileBytes: Uint8Array | null = null;

/**
 * A hostile transcript: `mb` megabytes of text on ONE line (no paragraph break), Persian and
 * English mixed with bidi overrides, zero-width joiners and combining marks, in UTF-8.
 */
export function prepareHostileText(mb: number): { bytes: number } {
  const piece =
    'مصاحبه‌شونده\u200c: سیاست\u202e خارجی\u202c and border\u200d trade ي ك e\u0301\u0650 ۱۴۰۳ ';
  const one = new TextEncoder().encode(piece);
  const count = Math.ceil((mb * 1024 * 1024) / one.length);
  const out = new Uint8Array(count * one.length);
  for (let i = 0; i < count; i++) out.set(one, i * one.length);
  hostileBytes = out;
  return { bytes: out.length };
}

/**
 * Importing the hostile transcript as the Documents view does: read (parse) it, then save it
 * with addDocuments (the store's command: one transaction). `save` is measured on its own.
 */
export async function hostileTextImport(
  mode: LongTaskMode,
): Promise<{ read: LongTasks; save: LongTasks; characters: number }> {
  if (!hostileBytes) throw new Error('prepareHostileText first.');
  const db = await freshAppDb();
  const project = await createProject(db, { name: 'hostile' });
  const files = [{ name: 'hostile.txt', bytes: hostileBytes.slice() }];
  const client = mode === 'inline' ? null : workerClient();
  // Through the worker each comes with its search key (as the app's hook passes it); inline, none.
  let docs: NewDocument[] = [];
  const read = await observeLongTasks(async () => {
    if (!client) {
      docs = (await importMany(files)).imported;
    } else if (mode === 'floor') {
      must(await client.run({ kind: 'echo', bytes: files[0]?.bytes ?? new Uint8Array() }).result);
    } else {
      docs = must(await client.run({ kind: 'parse-documents', files }).result).imported;
    }
  });
  client?.dispose();
  const characters = docs.reduce((n, d) => n + d.text.length, 0);
  // The save's floor: a text and a key of the same size written straight to the table, without
  // addDocuments — what storing the characters alone costs the page (made outside the measure).
  const floorText = mode === 'floor' ? new TextDecoder().decode(hostileBytes) : '';
  const floorKey = floorText.replaceAll('ي', 'ی');
  const save = await observeLongTasks(async () => {
    if (docs.length > 0) await addDocuments(db, project.id as ProjectId, docs);
    else if (floorText) {
      await db.documentTexts.add({
        id: 'f',
        projectId: project.id,
        text: floorText,
        searchText: floorKey,
      });
    }
  });
  db.close();
  await Dexie.delete(APP_DB);
  return { read, save, characters };
}

export const longTaskApi = { prepareBackup, backupImport, prepareHostileText, hostileTextImport };
export type LongTaskApi = typeof longTaskApi;
