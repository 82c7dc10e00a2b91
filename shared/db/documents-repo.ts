import { refuse, refuseWith } from '../errors';
import { newId, type CaseId, type DocumentId, type ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Direction, Document, DocumentMeta } from '../model/types';
import { looksRightToLeft, normalizeForSearch } from '../text/persian';
import {
  type Changed,
  type DocumentText,
  elsewhereError,
  metaToRow,
  type RowChange,
  sameFields,
  touchInTx,
} from './changes';
import type { MazmunDb } from './database';
import { removeDocumentFromSets } from './sets-repo';
import { deleteStoredCodings, readDocumentCodings } from './coding-storage';
import { rowToDocumentMeta, rowToMemo, rowsToDocument } from './mappers';
import { deleteSearchKeys, writeSearchKeys } from './search-keys';
import { inDocumentOrder } from '../export/document-order';

export interface NewDocument {
  readonly title: string;
  readonly text: string;
  /** Defaults to 'rtl' when the text is mostly Persian/Arabic script, else 'ltr'. */
  readonly direction?: Direction;
  readonly caseId?: CaseId | null;
  readonly id?: DocumentId;
  readonly createdAt?: number;
  /**
   * normalizeForSearch(text), computed beforehand (the heavy-work worker does it while parsing, so
   * the page does not spend ~0.7 µs per character on it while saving). Computed here when absent.
   */
  readonly searchText?: string;
}

/**
 * The stored search key of a new document. A precomputed key is taken when its length is the
 * text's: normalizeForSearch keeps lengths, so any other length cannot be this text's key (a
 * mix-up, an old caller) and it is recomputed. A same-length key is trusted rather than checked
 * character by character, because checking costs what computing does — the very work moved off
 * the page. The only producer is the worker's parse job, which runs this same function from the
 * same build; a wrong key could only misplace search hits (offsets stay inside the text), never
 * change the text, and the search index applies the same length rule (shared/search/indexed-text).
 */
function searchKeyOf(d: NewDocument): string {
  return d.searchText !== undefined && d.searchText.length === d.text.length
    ? d.searchText
    : normalizeForSearch(d.text);
}

/** Adds documents with their texts in ONE transaction. */
export async function addDocuments(
  db: MazmunDb,
  projectId: ProjectId,
  docs: readonly NewDocument[],
): Promise<Changed<DocumentMeta[]>> {
  const now = Date.now();
  const metas: DocumentMeta[] = [];
  const texts: DocumentText[] = [];
  const searchTexts: string[] = [];
  for (const d of docs) {
    const id = d.id ?? newId<'DocumentId'>();
    metas.push({
      id,
      projectId,
      title: d.title.trim(),
      direction: d.direction ?? (looksRightToLeft(d.text) ? 'rtl' : 'ltr'),
      caseId: d.caseId ?? null,
      createdAt: d.createdAt ?? now,
      length: d.text.length,
    });
    texts.push({ id, projectId, text: d.text });
    searchTexts.push(searchKeyOf(d));
  }
  const tables = [db.projects, db.documents, db.documentTexts, db.searchKeys];
  await db.transaction('rw', tables, async () => {
    await db.documents.bulkAdd(metas.map(metaToRow));
    const rows = texts.map((t, i) => ({ ...t, searchText: searchTexts[i] }));
    await db.documentTexts.bulkAdd(rows);
    await writeSearchKeys(db, rows);
    await touchInTx(db, projectId, now);
  });
  return {
    value: metas,
    changes: {
      documents: metas.map((after) => ({ before: null, after })),
      documentTexts: texts.map((after) => ({ before: null, after })),
    },
  };
}

/** The text of one document (texts are never loaded with the lists). */
export async function getDocumentText(db: MazmunDb, id: DocumentId): Promise<string | undefined> {
  return (await db.documentTexts.get(id))?.text;
}

/** One document with its text. */
export async function getDocument(db: MazmunDb, id: DocumentId): Promise<Document | undefined> {
  const [meta, text] = await Promise.all([db.documents.get(id), db.documentTexts.get(id)]);
  return meta && text ? rowsToDocument(meta, text) : undefined;
}

/** Document metadata of a project, oldest first, then by title (numbers in natural order). */
export async function listDocumentMetas(
  db: MazmunDb,
  projectId: ProjectId,
): Promise<DocumentMeta[]> {
  const rows = await db.documents.where('projectId').equals(projectId).toArray();
  return inDocumentOrder(rows.map(rowToDocumentMeta));
}

/** Sets fields of a document; with `seen`, compare-and-set on those fields (see sameFields). */
async function patchDocument(
  db: MazmunDb,
  id: DocumentId,
  fields: Partial<Pick<DocumentMeta, 'title' | 'caseId' | 'direction'>>,
  seen: DocumentMeta | undefined,
): Promise<Result<Changed<DocumentMeta>>> {
  return db.transaction('rw', [db.projects, db.documents, db.cases], async () => {
    const row = await db.documents.get(id);
    if (!row) return refuse('db.documentGone');
    const before = rowToDocumentMeta(row);
    if (fields.caseId && (await db.cases.get(fields.caseId))?.projectId !== before.projectId) {
      return refuse('db.caseGone');
    }
    if (!sameFields(seen, before, Object.keys(fields))) {
      return refuseWith(
        elsewhereError('document', seen?.title ?? before.title, 'changed', 'refresh'),
      );
    }
    const after: DocumentMeta = { ...before, ...fields };
    await db.documents.put(metaToRow(after));
    await touchInTx(db, after.projectId);
    return ok({ value: after, changes: { documents: [{ before, after }] } });
  });
}

/** `seen`: the document as the caller last saw it; the rename is refused if its title changed since. */
export function renameDocument(db: MazmunDb, id: DocumentId, title: string, seen?: DocumentMeta) {
  const t = title.trim();
  if (!t) return Promise.resolve(refuse('db.documentNeedsTitle'));
  return patchDocument(db, id, { title: t }, seen);
}

export function setDocumentCase(
  db: MazmunDb,
  id: DocumentId,
  caseId: CaseId | null,
  seen?: DocumentMeta,
) {
  return patchDocument(db, id, { caseId }, seen);
}

export function setDocumentDirection(
  db: MazmunDb,
  id: DocumentId,
  direction: Direction,
  seen?: DocumentMeta,
) {
  return patchDocument(db, id, { direction }, seen);
}

/**
 * Deletes a document, its text, its codings and the memos attached to it, in one transaction.
 * The returned changes hold everything removed, so the delete can be undone.
 */
export async function deleteDocument(
  db: MazmunDb,
  id: DocumentId,
): Promise<Result<Changed<DocumentMeta>>> {
  const tables = [
    db.projects,
    db.documents,
    db.documentTexts,
    db.searchKeys,
    db.codingPacks,
    db.memos,
    db.sets,
  ];
  return db.transaction('rw', tables, async () => {
    const row = await db.documents.get(id);
    if (!row) return refuse('db.documentGone');
    const meta = rowToDocumentMeta(row);
    const textRow = await db.documentTexts.get(id);
    const codings = await readDocumentCodings(db, id);
    const memos = (await db.memos.where('projectId').equals(meta.projectId).toArray())
      .map(rowToMemo)
      .filter((m) => m.target.kind === 'document' && m.target.id === id);
    await deleteStoredCodings(db, codings);
    await db.memos.bulkDelete(memos.map((m) => m.id));
    await db.documentTexts.delete(id);
    await deleteSearchKeys(db, [id]);
    await db.documents.delete(id);
    const sets = await removeDocumentFromSets(db, meta.projectId, id);
    await touchInTx(db, meta.projectId);
    const gone = <T>(before: T): RowChange<T> => ({ before, after: null });
    const text: DocumentText = { id, projectId: meta.projectId, text: textRow?.text ?? '' };
    return ok({
      value: meta,
      changes: {
        codings: codings.map(gone),
        memos: memos.map(gone),
        documentTexts: [gone(text)],
        documents: [gone(meta)],
        sets,
      },
    });
  });
}

/** A hit of searchDocuments: UTF-16 offsets into the original text. */
export interface SearchHit {
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds `query` in every text of the project, seeing through ي/ك, digits and lost half-spaces
 * (normalizeForSearch keeps lengths, so offsets in searchText are offsets in text).
 */
export async function searchDocuments(
  db: MazmunDb,
  projectId: ProjectId,
  query: string,
  limit = 1000,
): Promise<SearchHit[]> {
  const needle = normalizeForSearch(query.trim());
  if (!needle) return [];
  const hits: SearchHit[] = [];
  await db.documentTexts
    .where('projectId')
    .equals(projectId)
    .until(() => hits.length >= limit)
    .each((row) => {
      const hay = row.searchText ?? normalizeForSearch(row.text);
      for (let i = hay.indexOf(needle); i >= 0 && hits.length < limit;) {
        hits.push({ documentId: row.id as DocumentId, start: i, end: i + needle.length });
        i = hay.indexOf(needle, i + needle.length);
      }
    });
  return hits;
}
