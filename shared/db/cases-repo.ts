import { refuse, refuseWith } from '../errors';
import type { DocumentCaseLink } from '../cases/document-case-match';
import { checkSourceLabel } from '../analysis/source-labels';
import { newId, type CaseId, type DocumentId, type ProjectId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type { AttributeValue, Case, DocumentMeta, Memo } from '../model/types';
import { validateAttributeValue } from './attribute-values';
import {
  type Changed,
  elsewhereError,
  metaToRow,
  type RowChange,
  sameFields,
  sameRow,
  touchInTx,
} from './changes';
import type { MazmunDb } from './database';
import { caseToRow, rowToAttribute, rowToCase, rowToDocumentMeta, rowToMemo } from './mappers';

export interface NewCase {
  readonly name: string;
  readonly description?: string;
  /** Attribute values keyed by AttributeId; checked against each attribute's type. */
  readonly values?: Readonly<Record<string, AttributeValue>>;
  readonly id?: CaseId;
}

export interface CasePatch {
  readonly name?: string;
  readonly description?: string;
  /** Merged into the current values; null clears a value. */
  readonly values?: Readonly<Record<string, AttributeValue>>;
}

export async function listCases(db: MazmunDb, projectId: ProjectId): Promise<Case[]> {
  const rows = await db.cases.where('projectId').equals(projectId).toArray();
  return rows
    .map(rowToCase)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

/** Validates values against the project's attributes (inside the caller's transaction). */
async function checkValues(
  db: MazmunDb,
  projectId: ProjectId,
  values: Readonly<Record<string, AttributeValue>>,
): Promise<Result<Record<string, AttributeValue>>> {
  const attrs = new Map(
    (await db.attributes.where('projectId').equals(projectId).toArray()).map((r) => [
      r.id,
      rowToAttribute(r),
    ]),
  );
  const out: Record<string, AttributeValue> = {};
  for (const [key, raw] of Object.entries(values)) {
    const attr = attrs.get(key);
    if (!attr) return refuse('db.oneAttributeGone');
    const v = validateAttributeValue(attr, raw);
    if (!v.ok) return v;
    out[key] = v.data;
  }
  return ok(out);
}

function dropNulls(values: Record<string, AttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
}

export async function createCase(
  db: MazmunDb,
  projectId: ProjectId,
  input: NewCase,
): Promise<Result<Changed<Case>>> {
  const name = input.name.trim();
  if (!name) return refuse('db.caseNeedsName');
  return db.transaction('rw', [db.projects, db.attributes, db.cases], async () => {
    const values = await checkValues(db, projectId, input.values ?? {});
    if (!values.ok) return values;
    const c: Case = {
      id: input.id ?? newId<'CaseId'>(),
      projectId,
      name,
      description: input.description ?? '',
      values: dropNulls(values.data),
    };
    await db.cases.add(caseToRow(c));
    await touchInTx(db, projectId);
    return ok({ value: c, changes: { cases: [{ before: null, after: c }] } });
  });
}

/** Whether `seen` and `now` agree on the name, description and values a patch sets. */
function samePatched(seen: Case | undefined, now: Case, patch: CasePatch): boolean {
  if (!seen) return true;
  const fields = (['name', 'description'] as const).filter((f) => patch[f] !== undefined);
  return (
    sameFields(seen, now, fields) &&
    Object.keys(patch.values ?? {}).every((k) => sameRow(seen.values[k], now.values[k]))
  );
}

/**
 * Renames a case, changes its description, or sets/clears attribute values (type-checked). With
 * `seen` (the case as the caller last saw it), refuses if another window changed what it sets.
 */
export async function updateCase(
  db: MazmunDb,
  id: CaseId,
  patch: CasePatch,
  seen?: Case,
): Promise<Result<Changed<Case>>> {
  if (patch.name !== undefined && !patch.name.trim()) return refuse('db.caseNeedsName');
  return db.transaction('rw', [db.projects, db.attributes, db.cases], async () => {
    const row = await db.cases.get(id);
    if (!row) return refuse('db.caseGone');
    const before = rowToCase(row);
    if (!samePatched(seen, before, patch)) {
      return refuseWith(elsewhereError('case', seen?.name ?? before.name, 'changed', 'refresh'));
    }
    const values = await checkValues(db, before.projectId, patch.values ?? {});
    if (!values.ok) return values;
    const after: Case = {
      ...before,
      name: (patch.name ?? before.name).trim(),
      description: patch.description ?? before.description,
      values: dropNulls({ ...before.values, ...values.data }),
    };
    await db.cases.put(caseToRow(after));
    await touchInTx(db, before.projectId);
    return ok({ value: after, changes: { cases: [{ before, after }] } });
  });
}

/** Deletes a case: its documents become case-less, its memos are deleted. One transaction. */
export async function deleteCase(db: MazmunDb, id: CaseId): Promise<Result<Changed<Case>>> {
  return db.transaction('rw', [db.projects, db.cases, db.documents, db.memos], async () => {
    const row = await db.cases.get(id);
    if (!row) return refuse('db.caseGone');
    const c = rowToCase(row);
    const docs: RowChange<DocumentMeta>[] = (
      await db.documents.where('caseId').equals(id).toArray()
    )
      .map(rowToDocumentMeta)
      .map((before) => ({ before, after: { ...before, caseId: null } }));
    const memos: RowChange<Memo>[] = (
      await db.memos.where('projectId').equals(c.projectId).toArray()
    )
      .map(rowToMemo)
      .filter((m) => m.target.kind === 'case' && m.target.id === id)
      .map((before) => ({ before, after: null }));
    await db.documents.bulkPut(docs.map((d) => metaToRow(d.after as DocumentMeta)));
    await db.memos.bulkDelete(memos.map((m) => (m.before as Memo).id));
    await db.cases.delete(id);
    await touchInTx(db, c.projectId);
    return ok({
      value: c,
      changes: { documents: docs, memos, cases: [{ before: c, after: null }] },
    });
  });
}

/**
 * Links many documents to cases (the name match's preview, applied): ONE transaction, so one
 * undo step, and all or nothing — a document or case deleted meanwhile refuses the lot.
 */
export async function linkDocumentsToCases(
  db: MazmunDb,
  projectId: ProjectId,
  links: readonly DocumentCaseLink[],
): Promise<Result<Changed<DocumentMeta[]>>> {
  if (links.length === 0) return refuse('cases.nothingToLink');
  return db.transaction('rw', [db.projects, db.documents, db.cases], async () => {
    const caseIds = [...new Set(links.map((l) => l.caseId))];
    const caseRows = await db.cases.bulkGet(caseIds);
    if (caseRows.some((r) => !r || r.projectId !== projectId)) return refuse('cases.linkCaseGone');
    const docRows = await db.documents.bulkGet(links.map((l) => l.documentId));
    const changes: RowChange<DocumentMeta>[] = [];
    for (const [i, link] of links.entries()) {
      const row = docRows[i];
      if (!row || row.projectId !== projectId) {
        return refuse('cases.linkDocumentGone', { name: String(link.documentId) });
      }
      const before = rowToDocumentMeta(row);
      changes.push({ before, after: { ...before, caseId: link.caseId } });
    }
    await db.documents.bulkPut(changes.map((c) => metaToRow(c.after as DocumentMeta)));
    await touchInTx(db, projectId);
    return ok({
      value: changes.map((c) => c.after as DocumentMeta),
      changes: { documents: changes },
    });
  });
}

/**
 * Sets a document's source label (checked: no separator, not too long); an empty label goes
 * back to the default (the case's name or a running number). With `seen`, refused if another
 * window changed the label since.
 */
export async function setDocumentLabel(
  db: MazmunDb,
  id: DocumentId,
  label: string,
  seen?: DocumentMeta,
): Promise<Result<Changed<DocumentMeta>>> {
  const cleared = label.trim() === '';
  const checked = cleared ? ok('') : checkSourceLabel(label);
  if (!checked.ok) return checked;
  return db.transaction('rw', [db.projects, db.documents], async () => {
    const row = await db.documents.get(id);
    if (!row) return refuse('db.documentGone');
    const before = rowToDocumentMeta(row);
    if (seen && (seen.label ?? '') !== (before.label ?? '')) {
      return refuseWith(elsewhereError('document', before.title, 'changed', 'refresh'));
    }
    const { label: _old, ...rest } = before;
    const after: DocumentMeta = cleared ? rest : { ...rest, label: checked.data };
    await db.documents.put(metaToRow(after));
    await touchInTx(db, before.projectId);
    return ok({ value: after, changes: { documents: [{ before, after }] } });
  });
}
