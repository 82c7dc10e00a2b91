// Normalization on demand written to the database (issue 11, item 3): a document's text, its
// codings moved through the offset map and its search key, in ONE transaction; or every code
// name of a project at once. The changes returned make each one undo step (applyChanges writes
// text, key and codings back together).
import { refuse } from '../errors';
import type { DocumentId, ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { Code, Coding, DocumentMeta, Memo } from '../model/types';
import { codeNameChanges } from '../text/normalize-code-names';
import { type NormalizeCounts, normalizeDocument } from '../text/normalize-document';
import { normalizeForSearch } from '../text/persian';
import { parsePageStarts, remapPageStarts } from '../text/pages';
import { type Changed, type DocumentText, metaToRow, touchInTx } from './changes';
import { putStoredCodings, readDocumentCodings } from './coding-storage';
import type { MazmunDb } from './database';
import { codeToRow, memoToRow, rowToCode, rowToDocumentMeta, rowToMemo } from './mappers';
import { writeSearchKeys } from './search-keys';

export interface DocumentNormalized {
  readonly document: DocumentMeta;
  readonly counts: NormalizeCounts;
  /** Codings whose offsets moved. */
  readonly codingsMoved: number;
}

/**
 * Normalizes one document's stored text and moves its codings, reading both inside the
 * transaction (so the map is computed on what is stored, not on a stale copy). Nothing is
 * written when the text is already normal; the value then says so (counts all 0).
 */
export async function normalizeDocumentText(
  db: MazmunDb,
  id: DocumentId,
): Promise<Result<Changed<DocumentNormalized>>> {
  const tables = [
    db.projects,
    db.documents,
    db.documentTexts,
    db.searchKeys,
    db.codingPacks,
    db.memos,
  ];
  return db.transaction('rw', tables, async () => {
    const row = await db.documents.get(id);
    const textRow = await db.documentTexts.get(id);
    if (!row || !textRow) return refuse('db.documentGone');
    const before = rowToDocumentMeta(row);
    const codings: Coding[] = await readDocumentCodings(db, id);
    const n = normalizeDocument(textRow.text, codings);
    if (!n.changed) {
      return ok({
        value: { document: before, counts: n.counts, codingsMoved: 0 },
        changes: {},
      });
    }
    const after: DocumentMeta = { ...before, length: n.text.length };
    const textBefore: DocumentText = { id, projectId: before.projectId, text: textRow.text };
    const textAfter: DocumentText = { id, projectId: before.projectId, text: n.text };
    await db.documents.put(metaToRow(after));
    const stored = { ...textAfter, searchText: normalizeForSearch(n.text) };
    await db.documentTexts.put(stored);
    await writeSearchKeys(db, [stored]);
    await putStoredCodings(
      db,
      n.moved.map((m) => m.after),
    );
    // The import record's page starts (shared/text/pages.ts) move with the text.
    const records = (await db.memos.where('projectId').equals(before.projectId).toArray())
      .map(rowToMemo)
      .filter((m) => m.target.kind === 'document' && m.target.id === id)
      .filter((m) => parsePageStarts(m.text).length > 0);
    const memos = records.map((m): { before: Memo; after: Memo } => ({
      before: m,
      after: { ...m, text: remapPageStarts(m.text, n.map) },
    }));
    for (const m of memos) await db.memos.put(memoToRow(m.after));
    await touchInTx(db, before.projectId);
    return ok({
      value: { document: after, counts: n.counts, codingsMoved: n.moved.length },
      changes: {
        documents: [{ before, after }],
        documentTexts: [{ before: textBefore, after: textAfter }],
        codings: n.moved.map((m) => ({ before: m.before, after: m.after })),
        memos,
      },
    });
  });
}

/** Normalizes every code name of the project at once; the value is the codes renamed. */
export async function normalizeCodeNames(
  db: MazmunDb,
  projectId: ProjectId,
): Promise<Result<Changed<Code[]>>> {
  return db.transaction('rw', [db.projects, db.codes], async () => {
    const codes = (await db.codes.where('projectId').equals(projectId).toArray()).map(rowToCode);
    const renamed = codeNameChanges(codes).map(([before, name]) => ({
      before,
      after: { ...before, name } as Code,
    }));
    for (const r of renamed) await db.codes.put(codeToRow(r.after));
    if (renamed.length > 0) await touchInTx(db, projectId);
    return ok({ value: renamed.map((r) => r.after), changes: { codes: renamed } });
  });
}
