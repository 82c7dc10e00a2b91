// The project as held in memory by the store: maps by id plus the coding index, loaded once and
// then changed only by applying the same ChangeSets the repositories wrote.
import type { ChangeSet, RowChange } from '../db/changes';
import type { MazmunDb } from '../db/database';
import { listAttributes } from '../db/attributes-repo';
import { listCases } from '../db/cases-repo';
import { listCoders } from '../db/coders-repo';
import { listCodes } from '../db/codes-repo';
import { readProjectPacks } from '../db/coding-storage';
import { listDocumentMetas } from '../db/documents-repo';
import { listMemos } from '../db/memos-repo';
import { listSets } from '../db/sets-repo';
import type { DocumentSet } from '../model/sets';
import { rowToProject } from '../db/mappers';
import type { ProjectId } from '../model/ids';
import type { Attribute, Case, Code, Coder, DocumentMeta, Memo, Project } from '../model/types';
import { CodingIndex } from './coding-index';

/** The tables the memory holds (document texts are not held). */
export type MemoryTable =
  'documents' | 'cases' | 'attributes' | 'codes' | 'codings' | 'memos' | 'coders' | 'sets';

export interface ProjectMemory {
  project: Project;
  readonly documents: Map<string, DocumentMeta>;
  readonly cases: Map<string, Case>;
  readonly attributes: Map<string, Attribute>;
  readonly codes: Map<string, Code>;
  readonly memos: Map<string, Memo>;
  readonly coders: Map<string, Coder>;
  readonly sets: Map<string, DocumentSet>;
  readonly codings: CodingIndex;
}

const byId = <T extends { readonly id: string }>(xs: readonly T[]) =>
  new Map(xs.map((x) => [x.id as string, x]));

/** Loads everything but document texts, in one read transaction; null if no such project. */
export async function loadProjectMemory(
  db: MazmunDb,
  projectId: ProjectId,
): Promise<ProjectMemory | null> {
  return db.transaction('r', db.tables, async () => {
    const row = await db.projects.get(projectId);
    if (!row) return null;
    const [documents, cases, attributes, codes, packs, memos, coders, sets] = await Promise.all([
      listDocumentMetas(db, projectId),
      listCases(db, projectId),
      listAttributes(db, projectId),
      listCodes(db, projectId),
      readProjectPacks(db, projectId),
      listMemos(db, projectId),
      listCoders(db, projectId),
      listSets(db, projectId),
    ]);
    return {
      project: rowToProject(row),
      documents: byId(documents),
      cases: byId(cases),
      attributes: byId(attributes),
      codes: byId(codes),
      memos: byId(memos),
      coders: byId(coders),
      sets: byId(sets),
      // Packed: coding objects are built per document when a view asks (coding-index.ts).
      codings: CodingIndex.fromPacks(packs),
    };
  });
}

function applyToMap<T extends { readonly id: string }>(
  map: Map<string, T>,
  list: readonly RowChange<T>[] | undefined,
): boolean {
  for (const r of list ?? []) {
    if (r.after) map.set(r.after.id, r.after);
    else if (r.before) map.delete(r.before.id);
  }
  return (list?.length ?? 0) > 0;
}

/** Applies a ChangeSet to memory; returns the tables it touched. */
export function applyToMemory(m: ProjectMemory, c: ChangeSet): Set<MemoryTable> {
  const touched = new Set<MemoryTable>();
  if (applyToMap(m.documents, c.documents)) touched.add('documents');
  if (applyToMap(m.cases, c.cases)) touched.add('cases');
  if (applyToMap(m.attributes, c.attributes)) touched.add('attributes');
  if (applyToMap(m.codes, c.codes)) touched.add('codes');
  if (applyToMap(m.memos, c.memos)) touched.add('memos');
  if (applyToMap(m.coders, c.coders)) touched.add('coders');
  if (applyToMap(m.sets, c.sets)) touched.add('sets');
  for (const r of c.codings ?? []) {
    // The row's document is known from the change: no search of the whole index by id. A row
    // with no `before` was created by this change, so it is in no other document.
    if (r.before) m.codings.remove(r.before.id, r.before.documentId);
    if (r.after) m.codings.add(r.after, r.before === null);
    touched.add('codings');
  }
  return touched;
}
