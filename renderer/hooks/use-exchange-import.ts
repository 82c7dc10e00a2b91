// Importing a file: read it in the heavy-work worker (nothing written), show what it holds, then
// write it in one transaction with progress, in the worker too: a project of 100k codings never
// crosses to the page, so neither the parse nor the write blocks the interface. A project whose
// ids are already in this database comes in as a copy under new ids.
import { useCallback, useState } from 'react';
import { codeTree } from '../../shared/analysis/code-tree';
import { errorOf, refuse, type AppError } from '../../shared/errors';
import type { CodeId, ProjectId } from '../../shared/model/ids';
import { ok, type Failure, type Result } from '../../shared/model/snapshot';
import type { Code } from '../../shared/model/types';
import type { ProjectStore } from '../../shared/store/project-store';
import { isCanceled, type ExchangePreview, type HeavyProgress } from '../../shared/worker-protocol';
import { getDb, openAppDatabase } from '../data/database';
import { checkRoomFor } from '../data/free-space';
import { readExchangeFile, type ReadExchangeFile } from '../workers/read-exchange-file';
import { useHeavyTask } from './use-heavy-task';

export type ImportPreview = ExchangePreview;

export type ImportPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'preview'; readonly preview: ImportPreview }
  | { readonly kind: 'writing'; readonly preview: ImportPreview }
  | {
      readonly kind: 'error';
      readonly fileName: string;
      /** The English sentence (logs, tests); views translate `error` by code. */
      readonly reason: string;
      readonly error: AppError;
    };

/** The error phase keeps the whole failure, so the view translates it by code. */
function errorPhase(fileName: string, f: Failure): ImportPhase {
  return { kind: 'error', fileName, reason: f.reason, error: errorOf(f) };
}

/** Reads a picked file into a preview on this thread (tests; the app reads in the worker). */
export async function readImportFile(
  name: string,
  bytes: Uint8Array,
): Promise<Result<ReadExchangeFile>> {
  const opened = await openAppDatabase();
  return opened.ok ? readExchangeFile(getDb(), name, bytes) : opened;
}

/** Adds a codebook's codes to the open project, parents before children, under new ids. */
async function addCodes(
  store: ProjectStore,
  codes: readonly Code[],
  onProgress: (done: number) => void,
): Promise<Result<number>> {
  const newIds = new Map<CodeId, CodeId>();
  let added = 0;
  for (const node of codeTree(codes)) {
    const c = node.code;
    const parentId = c.parentId === null ? null : (newIds.get(c.parentId) ?? null);
    const r = await store.createCode({
      name: c.name,
      parentId,
      description: c.description,
      whenToUse: c.whenToUse,
      whenNotToUse: c.whenNotToUse,
      example: c.example,
      color: c.color,
    });
    if (!r.ok) return refuse('app.codeNotAdded', { name: c.name, error: errorOf(r) });
    newIds.set(c.id, r.data.id);
    added++;
    onProgress(added);
  }
  return ok(added);
}

export type ImportOutcome =
  | {
      readonly kind: 'project';
      readonly projectId: ProjectId;
      readonly name: string;
      readonly copy: boolean;
    }
  | { readonly kind: 'codebook'; readonly count: number };

export interface ExchangeImport {
  readonly phase: ImportPhase;
  /** While reading or writing: how far it got. */
  readonly progress: HeavyProgress | null;
  /** The last read or import was canceled by the user (nothing was written). */
  readonly canceled: boolean;
  /** Reads the file in the worker. The bytes move there: do not use them afterwards. */
  readonly read: (name: string, bytes: Uint8Array) => Promise<void>;
  /** Writes the previewed file; resolves to what was done, or the reason nothing was. */
  readonly commit: (store: ProjectStore | null) => Promise<Result<ImportOutcome>>;
  /** Stops reading or writing; nothing is written. */
  readonly cancel: () => void;
  readonly reset: () => void;
}

export function useExchangeImport(): ExchangeImport {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [canceled, setCanceled] = useState(false);
  const [codebookProgress, setCodebookProgress] = useState<HeavyProgress | null>(null);
  const heavy = useHeavyTask();
  const { run, release } = heavy;

  const read = useCallback(
    async (name: string, bytes: Uint8Array) => {
      setCanceled(false);
      setPhase({ kind: 'reading', fileName: name });
      // Room on disk first, before anything is parsed or written (renderer/data/free-space.ts).
      const room = await checkRoomFor(name, bytes.byteLength);
      if (!room.ok) {
        setPhase(errorPhase(name, room));
        return;
      }
      const r = await run({ kind: 'read-exchange', file: { name, bytes } });
      if (isCanceled(r)) {
        setCanceled(true);
        setPhase({ kind: 'idle' });
        return;
      }
      setPhase(r.ok ? { kind: 'preview', preview: r.data } : errorPhase(name, r));
    },
    [run],
  );

  const commit = useCallback(
    async (store: ProjectStore | null): Promise<Result<ImportOutcome>> => {
      if (phase.kind !== 'preview') return refuse('app.nothingToImport');
      const preview = phase.preview;
      setCanceled(false);
      const failed = (f: Failure): Result<ImportOutcome> => {
        setPhase(errorPhase(preview.fileName, f));
        return f;
      };
      if (preview.kind === 'codebook') {
        // A handful of store commands (each its own undo step), on this thread with the store.
        if (!store) return failed(refuse('app.noProjectOpen'));
        setPhase({ kind: 'writing', preview });
        const total = preview.codes.length;
        const progress = (done: number) =>
          setCodebookProgress({ phase: 'write', done, total, label: preview.fileName });
        progress(0);
        const r = await addCodes(store, preview.codes, progress);
        setCodebookProgress(null);
        if (!r.ok) return failed(r);
        setPhase({ kind: 'idle' });
        return ok({ kind: 'codebook', count: r.data });
      }
      setPhase({ kind: 'writing', preview });
      const r = await run({ kind: 'commit-exchange', handle: preview.handle });
      if (isCanceled(r) && !r.ok) {
        // The transaction was aborted: nothing was written, and the file can be imported again.
        setCanceled(true);
        setPhase({ kind: 'preview', preview });
        return r;
      }
      if (!r.ok) return failed(r);
      release();
      setPhase({ kind: 'idle' });
      return ok({
        kind: 'project',
        projectId: r.data.projectId,
        name: r.data.projectName,
        copy: r.data.copy,
      });
    },
    [phase, run, release],
  );

  const reset = useCallback(() => {
    release();
    setCanceled(false);
    setPhase({ kind: 'idle' });
  }, [release]);

  return {
    phase,
    progress: heavy.progress ?? codebookProgress,
    canceled,
    read,
    commit,
    cancel: heavy.cancel,
    reset,
  };
}
