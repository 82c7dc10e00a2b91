// Undo/redo as one read-check-write transaction: the rows about to be written back, and the rows
// they depend on, are read from the database (never from this window's memory, which may be
// stale) and checked by replay-check.ts before anything is written.
import { applyChanges, type ChangeSet, readCurrentRows } from '../db/changes';
import { listCases } from '../db/cases-repo';
import { listCodes } from '../db/codes-repo';
import { listCodings, listCodingsByCode, listCodingsByDocument } from '../db/codings-repo';
import { projectTables, type MazmunDb } from '../db/database';
import { listDocumentMetas } from '../db/documents-repo';
import { listMemos } from '../db/memos-repo';
import type { CodeId, DocumentId, ProjectId } from '../model/ids';
import type { Result } from '../model/snapshot';
import {
  checkReplay,
  type NameOf,
  type RefTable,
  type ReplayFacts,
  type ReplayNeeds,
  replayNeeds,
  rowKey,
} from './replay-check';

/** Keys of deleted rows that some row outside the set still refers to. */
async function rowsInUse(
  db: MazmunDb,
  projectId: ProjectId,
  needs: ReplayNeeds,
): Promise<Set<string>> {
  const inUse = new Set<string>();
  const outside = (table: Parameters<typeof rowKey>[0], id: string) =>
    !needs.inSet.has(rowKey(table, id));
  const mark = (table: RefTable, id: string) => inUse.add(rowKey(table, id));
  const deleted = (t: RefTable) => needs.deleted.get(t) ?? [];
  const codes = deleted('codes');
  const docs = deleted('documents');
  const cases = deleted('cases');
  if (codes.length || docs.length || cases.length) {
    for (const m of await listMemos(db, projectId)) {
      const t = m.target;
      if (t.kind === 'project' || !outside('memos', m.id)) continue;
      const table = t.kind === 'document' ? 'documents' : t.kind === 'code' ? 'codes' : 'cases';
      if (deleted(table).includes(t.id)) mark(table, t.id);
    }
  }
  for (const id of codes) {
    const codings = await listCodingsByCode(db, id as CodeId);
    if (codings.some((c) => outside('codings', c.id))) mark('codes', id);
  }
  if (codes.length) {
    for (const c of await listCodes(db, projectId)) {
      if (c.parentId && codes.includes(c.parentId) && outside('codes', c.id)) {
        mark('codes', c.parentId);
      }
    }
  }
  for (const id of docs) {
    const codings = await listCodingsByDocument(db, id as DocumentId);
    if (codings.some((c) => outside('codings', c.id))) mark('documents', id);
    const text = await readCurrentRows(db, 'documentTexts', [id]);
    if (text.size && outside('documentTexts', id)) mark('documents', id);
  }
  if (cases.length) {
    for (const d of await listDocumentMetas(db, projectId)) {
      if (d.caseId && cases.includes(d.caseId) && outside('documents', d.id)) {
        mark('cases', d.caseId);
      }
    }
  }
  const attributes = deleted('attributes');
  if (attributes.length) {
    for (const c of await listCases(db, projectId)) {
      if (!outside('cases', c.id)) continue;
      for (const a of attributes) if (a in c.values) mark('attributes', a);
    }
  }
  const coders = deleted('coders');
  if (coders.length) {
    // Rare (undoing "add coder"), so a scan of the project's codings is acceptable here.
    for (const c of await listCodings(db, projectId)) {
      if (c.coderId && coders.includes(c.coderId) && outside('codings', c.id)) {
        mark('coders', c.coderId);
      }
    }
  }
  return inUse;
}

async function readReplayFacts(
  db: MazmunDb,
  projectId: ProjectId,
  needs: ReplayNeeds,
): Promise<ReplayFacts> {
  const current = new Map<string, unknown>();
  for (const [table, ids] of needs.rows) {
    for (const [id, row] of await readCurrentRows(db, table, ids)) {
      current.set(rowKey(table, id), row);
    }
  }
  const existing = new Set<string>();
  for (const [table, ids] of needs.refs) {
    for (const [id, row] of await readCurrentRows(db, table, ids)) {
      if ((row as { projectId?: string }).projectId === projectId) {
        existing.add(rowKey(table, id));
      }
    }
  }
  return { current, existing, inUse: await rowsInUse(db, projectId, needs) };
}

/**
 * Writes `changes` (an undo's inverse or a redo) in ONE transaction if the database still holds
 * what the history expects; otherwise writes nothing and says what another window changed.
 */
export function applyReplay(
  db: MazmunDb,
  projectId: ProjectId,
  changes: ChangeSet,
  which: 'undo' | 'redo',
  nameOf: NameOf,
): Promise<Result<void>> {
  return db.transaction('rw', [db.projects, ...projectTables(db)], async () => {
    const facts = await readReplayFacts(db, projectId, replayNeeds(changes));
    const checked = checkReplay(changes, facts, which, nameOf);
    if (checked.ok) await applyChanges(db, changes);
    return checked;
  });
}
