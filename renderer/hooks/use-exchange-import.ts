// Importing a file: read it (nothing written), show what it holds, then write it in one
// transaction with progress. A project whose ids are already in this database comes in as a
// copy under new ids, so importing the same backup twice never fails or overwrites.
import { useCallback, useState } from 'react';
import { codeTree } from '../../shared/analysis/code-tree';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import { importQdc, importQdpx, restoreBackup, type ImportReport } from '../../shared/exchange';
import { reassignIds } from '../../shared/exchange/reassign-ids';
import type { CodeId, ProjectId } from '../../shared/model/ids';
import { fail, ok, type ProjectSnapshot, type Result } from '../../shared/model/snapshot';
import type { Code } from '../../shared/model/types';
import type { ProjectStore } from '../../shared/store/project-store';
import { getDb } from '../data/database';

export type ImportPreview =
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

export type ImportPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'preview'; readonly preview: ImportPreview }
  | {
      readonly kind: 'writing';
      readonly preview: ImportPreview;
      readonly done: number;
      readonly total: number;
    }
  | { readonly kind: 'error'; readonly fileName: string; readonly reason: string };

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

/** True when any id of the snapshot is already stored (its project, a document, code or coding). */
async function clashes(s: ProjectSnapshot): Promise<boolean> {
  const db = getDb();
  if (await db.projects.get(s.project.id)) return true;
  const found = await Promise.all([
    db.documents.bulkGet(s.documents.map((d) => d.id as string)),
    db.codes.bulkGet(s.codes.map((c) => c.id as string)),
    db.cases.bulkGet(s.cases.map((c) => c.id as string)),
    db.codings.bulkGet(s.codings.map((c) => c.id as string)),
  ]);
  return found.some((rows) => rows.some((r) => r !== undefined));
}

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Reads a picked file into a preview; writes nothing. */
export async function readImportFile(
  name: string,
  bytes: Uint8Array,
): Promise<Result<ImportPreview>> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.qdc')) {
    const r = importQdc(decode(bytes));
    return r.ok
      ? ok({ kind: 'codebook', fileName: name, codes: r.data.codes, report: r.data.report })
      : r;
  }
  if (lower.endsWith('.json')) {
    const r = restoreBackup(decode(bytes));
    if (!r.ok) return fail(r.reason);
    return ok({
      kind: 'project',
      fileName: name,
      snapshot: r.data,
      report: backupReport(r.data, r.warnings),
      clash: await clashes(r.data),
    });
  }
  if (lower.endsWith('.qdpx')) {
    const r = await importQdpx(bytes);
    if (!r.ok) return r;
    const { snapshot, report } = r.data;
    return ok({
      kind: 'project',
      fileName: name,
      snapshot,
      report,
      clash: await clashes(snapshot),
    });
  }
  return fail('Mazmun imports .qdpx projects, .qdc codebooks and .mazmun.json backups.');
}

/** Adds a codebook's codes to the open project, parents before children, under new ids. */
async function addCodes(store: ProjectStore, codes: readonly Code[]): Promise<Result<number>> {
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
    if (!r.ok) return fail(`${c.name}: ${r.reason}`);
    newIds.set(c.id, r.data.id);
    added++;
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
  readonly read: (name: string, bytes: Uint8Array) => Promise<void>;
  /** Writes the previewed file; resolves to what was done, or the reason nothing was. */
  readonly commit: (store: ProjectStore | null) => Promise<Result<ImportOutcome>>;
  readonly reset: () => void;
}

export function useExchangeImport(): ExchangeImport {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });

  const read = useCallback(async (name: string, bytes: Uint8Array) => {
    setPhase({ kind: 'reading', fileName: name });
    const r = await readImportFile(name, bytes).catch((e: unknown): Result<ImportPreview> =>
      fail(e instanceof Error ? e.message : String(e)),
    );
    setPhase(
      r.ok
        ? { kind: 'preview', preview: r.data }
        : { kind: 'error', fileName: name, reason: r.reason },
    );
  }, []);

  const commit = useCallback(
    async (store: ProjectStore | null): Promise<Result<ImportOutcome>> => {
      if (phase.kind !== 'preview') return fail('nothing to import');
      const preview = phase.preview;
      const failed = (reason: string): Result<ImportOutcome> => {
        setPhase({ kind: 'error', fileName: preview.fileName, reason });
        return fail(reason);
      };
      if (preview.kind === 'codebook') {
        if (!store) return failed('no project is open');
        setPhase({ kind: 'writing', preview, done: 0, total: preview.codes.length });
        const r = await addCodes(store, preview.codes);
        if (!r.ok) return failed(r.reason);
        setPhase({ kind: 'idle' });
        return ok({ kind: 'codebook', count: r.data });
      }
      const snapshot = preview.clash ? reassignIds(preview.snapshot) : preview.snapshot;
      setPhase({ kind: 'writing', preview, done: 0, total: 1 });
      const r = await importSnapshot(getDb(), snapshot, (done, total) =>
        setPhase({ kind: 'writing', preview, done, total }),
      );
      if (!r.ok) return failed(r.reason);
      setPhase({ kind: 'idle' });
      return ok({
        kind: 'project',
        projectId: r.data.projectId,
        name: snapshot.project.name,
        copy: preview.clash,
      });
    },
    [phase],
  );

  const reset = useCallback(() => setPhase({ kind: 'idle' }), []);
  return { phase, read, commit, reset };
}
