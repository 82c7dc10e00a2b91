import { appError, refuse, refuseWith, type AppError } from '../errors';
import {
  newId,
  type CodeId,
  type CoderId,
  type CodingId,
  type DocumentId,
  type ProjectId,
} from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Coding } from '../model/types';
import { type Changed, touchInTx } from './changes';
import type { MazmunDb } from './database';
import {
  addStoredCodings,
  deleteStoredCodings,
  getCoding,
  putStoredCodings,
  readCodeCodings,
  readCodingsByIds,
  readDocumentCodings,
  readProjectCodings,
} from './coding-storage';

export interface NewCoding {
  readonly documentId: DocumentId;
  readonly codeId: CodeId;
  /** UTF-16 offsets; the caller snaps them to graphemes (shared/text/offsets snapToGraphemes). */
  readonly start: number;
  readonly end: number;
  readonly coderId?: CoderId | null;
  readonly memo?: string;
  readonly id?: CodingId;
  readonly createdAt?: number;
}

export interface CodingPatch {
  readonly start?: number;
  readonly end?: number;
  readonly memo?: string;
  readonly codeId?: CodeId;
  readonly coderId?: CoderId | null;
}

/** Checks a coding against its document and code; reads inside the caller's transaction. */
async function checkCoding(
  db: MazmunDb,
  projectId: ProjectId,
  c: Coding,
): Promise<AppError | null> {
  const [doc, code] = await Promise.all([db.documents.get(c.documentId), db.codes.get(c.codeId)]);
  if (!doc || doc.projectId !== projectId) return appError('db.documentGone');
  if (!code || code.projectId !== projectId) return appError('db.codeGone');
  if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end <= c.start) {
    return appError('db.passageInvalid', { start: c.start, end: c.end });
  }
  if (c.end > doc.length) {
    return appError('db.passagePastEnd', { end: c.end, length: doc.length });
  }
  return null;
}

/** Adds codings (one or many) in one transaction; refuses them all if any is invalid. */
export async function addCodings(
  db: MazmunDb,
  projectId: ProjectId,
  inputs: readonly NewCoding[],
): Promise<Result<Changed<Coding[]>>> {
  const now = Date.now();
  const codings: Coding[] = inputs.map((i) => ({
    id: i.id ?? newId<'CodingId'>(),
    projectId,
    documentId: i.documentId,
    codeId: i.codeId,
    start: i.start,
    end: i.end,
    coderId: i.coderId ?? null,
    memo: i.memo ?? '',
    createdAt: i.createdAt ?? now,
  }));
  return db.transaction('rw', [db.projects, db.documents, db.codes, db.codingPacks], async () => {
    for (const c of codings) {
      const problem = await checkCoding(db, projectId, c);
      if (problem) return refuseWith(problem);
    }
    await addStoredCodings(db, codings);
    await touchInTx(db, projectId, now);
    return ok({
      value: codings,
      changes: { codings: codings.map((after) => ({ before: null, after })) },
    });
  });
}

/** Codes one passage. */
export async function addCoding(
  db: MazmunDb,
  projectId: ProjectId,
  input: NewCoding,
): Promise<Result<Changed<Coding>>> {
  const r = await addCodings(db, projectId, [input]);
  if (!r.ok) return r;
  return ok({ value: r.data.value[0] as Coding, changes: r.data.changes });
}

/** Changes a coding's range, memo, code or coder. */
export async function updateCoding(
  db: MazmunDb,
  id: CodingId,
  patch: CodingPatch,
): Promise<Result<Changed<Coding>>> {
  return db.transaction('rw', [db.projects, db.documents, db.codes, db.codingPacks], async () => {
    const row = await getCoding(db, id);
    if (!row) return refuse('db.codingGone');
    const before = row;
    const after: Coding = { ...before, ...patch };
    const problem = await checkCoding(db, before.projectId, after);
    if (problem) return refuseWith(problem);
    await putStoredCodings(db, [after]);
    await touchInTx(db, before.projectId);
    return ok({ value: after, changes: { codings: [{ before, after }] } });
  });
}

/** Removes a coding (the passage is uncoded). */
export async function deleteCoding(db: MazmunDb, id: CodingId): Promise<Result<Changed<Coding>>> {
  return db.transaction('rw', [db.projects, db.codingPacks], async () => {
    const row = await getCoding(db, id);
    if (!row) return refuse('db.codingGone');
    const before = row;
    await deleteStoredCodings(db, [before]);
    await touchInTx(db, before.projectId);
    return ok({ value: before, changes: { codings: [{ before, after: null }] } });
  });
}

/** The codings of one document in text order (its pack is kept in text order). */
export async function listCodingsByDocument(db: MazmunDb, documentId: DocumentId) {
  return readDocumentCodings(db, documentId);
}

export async function listCodingsByCode(db: MazmunDb, codeId: CodeId): Promise<Coding[]> {
  return readCodeCodings(db, [codeId]);
}

/** Every coding of a project: read ONCE at open by the project store, never in a live query. */
export async function listCodings(db: MazmunDb, projectId: ProjectId): Promise<Coding[]> {
  return readProjectCodings(db, projectId);
}

/**
 * Deletes those of `ids` whose code or document is gone: codings left dangling by an older Mazmun
 * that replayed undo/redo unchecked. Such a coding has no passage to show, so views counted it
 * differently; nothing else refers to a coding. Re-checked inside ONE transaction; returns the
 * codings deleted.
 */
export async function removeDanglingCodings(
  db: MazmunDb,
  projectId: ProjectId,
  ids: readonly CodingId[],
): Promise<Coding[]> {
  if (!ids.length) return [];
  return db.transaction('rw', [db.projects, db.documents, db.codes, db.codingPacks], async () => {
    const rows = (await readCodingsByIds(db, ids)).filter(
      (r): r is NonNullable<typeof r> => !!r && r.projectId === projectId,
    );
    const [docs, codes] = await Promise.all([
      db.documents.bulkGet(rows.map((r) => r.documentId)),
      db.codes.bulkGet(rows.map((r) => r.codeId)),
    ]);
    const gone = rows.filter(
      (_, i) => docs[i]?.projectId !== projectId || codes[i]?.projectId !== projectId,
    );
    if (!gone.length) return [];
    await deleteStoredCodings(db, gone);
    await touchInTx(db, projectId);
    return gone;
  });
}
