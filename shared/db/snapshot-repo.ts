import { fail, ok, type ProjectSnapshot, type Result } from '../model/snapshot';
import type { ProjectId } from '../model/ids';
import { metaToRow } from './changes';
import { projectTables, type MazmunDb } from './database';
import {
  attributeToRow,
  caseToRow,
  codeToRow,
  coderToRow,
  codingToRow,
  documentToMeta,
  documentToRows,
  memoToRow,
  projectToRow,
  rowToAttribute,
  rowToCase,
  rowToCode,
  rowToCoder,
  rowToCoding,
  rowToMemo,
  rowToProject,
  rowsToDocument,
} from './mappers';
import { findSnapshotProblem } from './snapshot-check';

/** Rows written per bulkAdd between progress reports. */
export const IMPORT_CHUNK_SIZE = 2000;

export interface ImportSummary {
  readonly projectId: ProjectId;
  /** Rows written, project row included. */
  readonly rows: number;
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
  if (problem) return fail(`The project cannot be imported: ${problem}`);
  const docRows = snapshot.documents.map(documentToRows);
  const plan: [{ bulkAdd(rows: never[]): Promise<unknown> }, unknown[]][] = [
    [db.cases, snapshot.cases.map(caseToRow)],
    [db.attributes, snapshot.attributes.map(attributeToRow)],
    [db.coders, snapshot.coders.map(coderToRow)],
    [db.documents, snapshot.documents.map((d) => metaToRow(documentToMeta(d)))],
    [db.documentTexts, docRows.map((r) => r.text)],
    [db.codes, snapshot.codes.map(codeToRow)],
    [db.codings, snapshot.codings.map(codingToRow)],
    [db.memos, snapshot.memos.map(memoToRow)],
  ];
  const total = 1 + plan.reduce((n, [, rows]) => n + rows.length, 0);
  const tables = [db.projects, ...plan.map(([t]) => t as unknown as typeof db.projects)];
  try {
    await db.transaction('rw', tables, async () => {
      if (await db.projects.get(snapshot.project.id)) {
        throw new Error('a project with the same id already exists');
      }
      await db.projects.add(projectToRow(snapshot.project));
      let done = 1;
      onProgress?.(done, total);
      for (const [table, rows] of plan) {
        for (let i = 0; i < rows.length; i += IMPORT_CHUNK_SIZE) {
          const chunk = rows.slice(i, i + IMPORT_CHUNK_SIZE);
          await table.bulkAdd(chunk as never[]);
          done += chunk.length;
          onProgress?.(done, total);
        }
      }
    });
  } catch (e) {
    const err = e as { name?: string; message?: string };
    const why =
      err?.name === 'BulkError' || err?.name === 'ConstraintError'
        ? 'some of its ids already exist in this database'
        : (err?.message ?? String(e));
    return fail(
      `The project "${snapshot.project.name}" was not imported (${why}). Nothing was saved.`,
    );
  }
  return ok({ projectId: snapshot.project.id, rows: total });
}

/** Reads a whole project, texts included, in one read transaction. */
export async function exportSnapshot(db: MazmunDb, projectId: ProjectId): Promise<ProjectSnapshot> {
  const tables = [db.projects, ...projectTables(db)];
  return db.transaction('r', tables, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(`No project with id ${projectId}.`);
    const pid = projectId as string;
    const [docs, texts, cases, attributes, codes, codings, memos, coders] = await Promise.all([
      db.documents.where('projectId').equals(pid).toArray(),
      db.documentTexts.where('projectId').equals(pid).toArray(),
      db.cases.where('projectId').equals(pid).toArray(),
      db.attributes.where('projectId').equals(pid).toArray(),
      db.codes.where('projectId').equals(pid).toArray(),
      db.codings.where('projectId').equals(pid).toArray(),
      db.memos.where('projectId').equals(pid).toArray(),
      db.coders.where('projectId').equals(pid).toArray(),
    ]);
    const textById = new Map(texts.map((t) => [t.id, t]));
    return {
      project: rowToProject(project),
      documents: docs
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
        .map((d) => rowsToDocument(d, textById.get(d.id) ?? { id: d.id, projectId, text: '' })),
      cases: cases.map(rowToCase),
      attributes: attributes.map(rowToAttribute).sort((a, b) => a.order - b.order),
      codes: codes.map(rowToCode).sort((a, b) => a.order - b.order),
      codings: codings
        .map(rowToCoding)
        .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start),
      memos: memos.map(rowToMemo),
      coders: coders.map(rowToCoder),
    };
  });
}
