import { legacyError, refuse } from '../errors';
import { ok, type ProjectSnapshot, type Result } from '../model/snapshot';
import type { ProjectId } from '../model/ids';
import type { DocumentSet } from '../model/sets';
import { metaToRow } from './changes';
import type { DocumentTextRow } from './rows';
import { packCodings } from './coding-storage-pack';
import { readProjectCodings, storedCodingIds } from './coding-storage';
import { projectTables, type MazmunDb } from './database';
import {
  attributeToRow,
  caseToRow,
  codeToRow,
  coderToRow,
  documentToMeta,
  documentToRows,
  memoToRow,
  projectToRow,
  rowToAttribute,
  rowToCase,
  rowToCode,
  rowToCoder,
  rowToMemo,
  rowToProject,
  rowsToDocument,
} from './mappers';
import { writeSearchKeys } from './search-keys';
import { rowToSet, setToRow } from './sets-repo-rows';
import { findSnapshotProblem } from './snapshot-check';
import { isDiskFull } from './storage-errors';

/** Rows written per bulkAdd between progress reports (a coding pack weighs its codings). */
export const IMPORT_CHUNK_SIZE = 2000;

export interface ImportSummary {
  readonly projectId: ProjectId;
  /** Rows written, project row included (each coding counts, not each pack). */
  readonly rows: number;
}

/** Groups rows into chunks of about IMPORT_CHUNK_SIZE by weight; each chunk with its weight. */
function chunksByWeight<T>(rows: readonly T[], weight: (row: T) => number): [T[], number][] {
  const out: [T[], number][] = [];
  let chunk: T[] = [];
  let sum = 0;
  for (const row of rows) {
    chunk.push(row);
    sum += weight(row);
    if (sum >= IMPORT_CHUNK_SIZE) {
      out.push([chunk, sum]);
      chunk = [];
      sum = 0;
    }
  }
  if (chunk.length) out.push([chunk, sum]);
  return out;
}

type BulkTable = { bulkAdd(rows: never[]): Promise<unknown> };

/** documentTexts rows added with their search keys, in the same transaction and chunk. */
function textsWithKeys(db: MazmunDb): BulkTable {
  return {
    async bulkAdd(rows: never[]) {
      const texts = rows as DocumentTextRow[];
      await db.documentTexts.bulkAdd(texts);
      // Replaces a key left without its text rather than refuse the import over it.
      await writeSearchKeys(db, texts);
    },
  };
}

/**
 * Writes a whole project in ONE transaction, in chunks, calling onProgress(done, total) after
 * each chunk (total counts every row, the project row included). Any failure (a duplicate id,
 * an existing project, an error thrown by onProgress) aborts the transaction: nothing is left.
 */
export async function importSnapshot(
  db: MazmunDb,
  snapshot: ProjectSnapshot,
  onProgress?: (done: number, total: number) => void,
): Promise<Result<ImportSummary>> {
  const problem = findSnapshotProblem(snapshot);
  if (problem) return refuse('db.snapshotProblem', { problem: legacyError(problem) });
  const docRows = snapshot.documents.map(documentToRows);
  const plan: [BulkTable, unknown[], ((row: never) => number)?][] = [
    [db.cases, snapshot.cases.map(caseToRow)],
    [db.attributes, snapshot.attributes.map(attributeToRow)],
    [db.coders, snapshot.coders.map(coderToRow)],
    [db.documents, snapshot.documents.map((d) => metaToRow(documentToMeta(d)))],
    // Each chunk of texts with its search keys (derived rows, like an index: not counted).
    [textsWithKeys(db), docRows.map((r) => r.text)],
    [db.codes, snapshot.codes.map(codeToRow)],
    [
      db.codingPacks,
      packCodings(snapshot.codings),
      (p: { readonly ids: readonly unknown[] }) => p.ids.length,
    ],
    [db.memos, snapshot.memos.map(memoToRow)],
    [db.sets, setsOf(snapshot).map(setToRow)],
  ];
  const one = (): number => 1;
  const chunked = plan.map(
    ([table, rows, weight]) =>
      [table, chunksByWeight(rows, (weight ?? one) as (row: unknown) => number)] as const,
  );
  const total = 1 + chunked.reduce((n, [, chunks]) => chunks.reduce((m, [, w]) => m + w, n), 0);
  const tables = [
    db.projects,
    db.documentTexts,
    db.searchKeys,
    ...plan.map(([t]) => t as unknown as typeof db.projects).filter((t) => 'name' in t),
  ];
  // The native transaction: when the disk fills, only its error says so (FILE_ERROR_NO_SPACE);
  // the requests just fail with AbortError, which Dexie gathers into a BulkError.
  let native: IDBTransaction | null = null;
  try {
    await db.transaction('rw', tables, async (tx) => {
      native = tx.idbtrans;
      if (await db.projects.get(snapshot.project.id)) {
        throw new Error('a project with the same id already exists');
      }
      // Packs have no unique id index (it would slow every coding write): check here instead.
      if (
        (
          await storedCodingIds(
            db,
            snapshot.codings.map((c) => c.id),
          )
        ).size > 0
      ) {
        throw Object.assign(new Error('coding ids taken'), { name: 'ConstraintError' });
      }
      await db.projects.add(projectToRow(snapshot.project));
      let done = 1;
      onProgress?.(done, total);
      for (const [table, chunks] of chunked) {
        for (const [chunk, weight] of chunks) {
          await table.bulkAdd(chunk as never[]);
          done += weight;
          onProgress?.(done, total);
        }
      }
    });
  } catch (e) {
    const err = e as { name?: string; message?: string };
    // A full disk first: Dexie reports it as a BulkError, which would read as an id clash.
    const name = snapshot.project.name;
    if (isDiskFull(e) || isDiskFull((native as IDBTransaction | null)?.error)) {
      return refuse('db.importDiskFull', { name });
    }
    return err?.name === 'BulkError' || err?.name === 'ConstraintError'
      ? refuse('db.importIdsTaken', { name })
      : refuse('db.importFailed', { name, detail: err?.message ?? String(e) });
  }
  return ok({ projectId: snapshot.project.id, rows: total });
}

/**
 * The snapshot's sets as this project's rows: a manual set keeps only members that are documents
 * of the snapshot (a file may list others), and every set gets the snapshot's project id.
 */
function setsOf(snapshot: ProjectSnapshot): DocumentSet[] {
  const docs = new Set<string>(snapshot.documents.map((d) => d.id));
  return (snapshot.sets ?? []).map((x) => ({
    ...x,
    projectId: snapshot.project.id,
    documentIds: x.documentIds.filter((d) => docs.has(d)),
  }));
}

/** Reads a whole project, texts included, in one read transaction. */
export async function exportSnapshot(db: MazmunDb, projectId: ProjectId): Promise<ProjectSnapshot> {
  const tables = [db.projects, ...projectTables(db)];
  return db.transaction('r', tables, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(`No project with id ${projectId}.`);
    const pid = projectId as string;
    const [docs, texts, cases, attributes, codes, codings, memos, coders, sets] = await Promise.all(
      [
        db.documents.where('projectId').equals(pid).toArray(),
        db.documentTexts.where('projectId').equals(pid).toArray(),
        db.cases.where('projectId').equals(pid).toArray(),
        db.attributes.where('projectId').equals(pid).toArray(),
        db.codes.where('projectId').equals(pid).toArray(),
        readProjectCodings(db, projectId),
        db.memos.where('projectId').equals(pid).toArray(),
        db.coders.where('projectId').equals(pid).toArray(),
        db.sets.where('projectId').equals(pid).toArray(),
      ],
    );
    const textById = new Map(texts.map((t) => [t.id, t]));
    return {
      project: rowToProject(project),
      documents: docs
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
        .map((d) => rowsToDocument(d, textById.get(d.id) ?? { id: d.id, projectId, text: '' })),
      cases: cases.map(rowToCase),
      attributes: attributes.map(rowToAttribute).sort((a, b) => a.order - b.order),
      codes: codes.map(rowToCode).sort((a, b) => a.order - b.order),
      codings: codings.sort(
        (a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start,
      ),
      memos: memos.map(rowToMemo),
      coders: coders.map(rowToCoder),
      // Only when there are sets: snapshots of projects without any compare as before v5.
      ...(sets.length ? { sets: sets.map(rowToSet) } : {}),
    };
  });
}
