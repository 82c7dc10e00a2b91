// The ONE module that reads and writes stored codings (schema v3: a pack per document, see
// CodingPackRow). Every function runs inside the caller's transaction, which must include
// db.codingPacks; writes are read-modify-write of the affected packs, so a command that changes
// codings is still one transaction. Nothing else touches db.codingPacks.
import type { CodeId, CodingId, DocumentId, ProjectId } from '../model/ids';
import type { Coding } from '../model/types';
import type { RowChange } from './changes';
import type { MazmunDb } from './database';
import { assertPack, packDocument, unpackCodings } from './coding-storage-pack';
import type { CodingPackRow } from './rows';

/** What deleting a coding needs to know: which pack holds it. */
export interface CodingKey {
  readonly id: string;
  readonly documentId: string;
}

/** Every coding of a project: one read per coded document, not per coding. */
export async function readProjectCodings(db: MazmunDb, projectId: ProjectId): Promise<Coding[]> {
  const packs = await db.codingPacks.where('projectId').equals(projectId).toArray();
  const out: Coding[] = [];
  for (const p of packs) for (const c of unpackCodings(p)) out.push(c);
  return out;
}

/**
 * The project's packs as stored, each checked (a damaged one throws, naming its document): the
 * store's coding index keeps them packed and builds coding objects per document when asked.
 */
export async function readProjectPacks(
  db: MazmunDb,
  projectId: ProjectId,
): Promise<CodingPackRow[]> {
  const packs = await db.codingPacks.where('projectId').equals(projectId).toArray();
  for (const p of packs) assertPack(p);
  return packs;
}

/** The codings of one document, in text order (start, then end). */
export async function readDocumentCodings(
  db: MazmunDb,
  documentId: DocumentId | string,
): Promise<Coding[]> {
  const p = await db.codingPacks.get(documentId);
  return p ? unpackCodings(p) : [];
}

/** The codings of these codes (not their sub-codes), through the packs' code index. */
export async function readCodeCodings(
  db: MazmunDb,
  codeIds: readonly (CodeId | string)[],
): Promise<Coding[]> {
  if (codeIds.length === 0) return [];
  const wanted = new Set<string>(codeIds);
  const packs = await db.codingPacks
    .where('codes')
    .anyOf([...wanted])
    .distinct()
    .toArray();
  const out: Coding[] = [];
  for (const p of packs) for (const c of unpackCodings(p)) if (wanted.has(c.codeId)) out.push(c);
  return out;
}

/** One coding by id, through the packs' id index. */
export async function getCoding(db: MazmunDb, id: CodingId | string): Promise<Coding | undefined> {
  const p = await db.codingPacks.where('ids').equals(id).first();
  return p ? unpackCodings(p).find((c) => c.id === id) : undefined;
}

/** The stored codings among these ids (absent ids are left out), through the id index. */
export async function readCodingsByIds(
  db: MazmunDb,
  ids: readonly (CodingId | string)[],
): Promise<Coding[]> {
  if (ids.length === 0) return [];
  const wanted = new Set<string>(ids);
  const packs = await db.codingPacks
    .where('ids')
    .anyOf([...wanted])
    .distinct()
    .toArray();
  const out: Coding[] = [];
  for (const p of packs) for (const c of unpackCodings(p)) if (wanted.has(c.id)) out.push(c);
  return out;
}

/** The ids among `ids` that are stored already (in any project). */
export async function storedCodingIds(db: MazmunDb, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await readCodingsByIds(db, ids)).map((c) => c.id as string));
}

/** Number of stored codings, of one project or of all. */
export async function countCodings(db: MazmunDb, projectId?: ProjectId | string): Promise<number> {
  const packs =
    projectId === undefined
      ? db.codingPacks.toCollection()
      : db.codingPacks.where('projectId').equals(projectId);
  let n = 0;
  await packs.each((p) => (n += p.ids.length));
  return n;
}

/** The error IndexedDB raises for a duplicate key, so callers handle both alike. */
function duplicate(ids: readonly string[]): Error {
  const e = new Error(`Codings with these ids exist already: ${ids.slice(0, 3).join(', ')}.`);
  e.name = 'ConstraintError';
  return e;
}

type Edit = { readonly put: Coding } | { readonly remove: CodingKey };

/**
 * Applies edits in order to the packs they touch: reads those packs once, edits them in
 * memory, writes each back once (a pack left empty is deleted). A coding put into another
 * document than the one holding it now leaves its old pack.
 */
async function editPacks(db: MazmunDb, edits: readonly Edit[], adding = false): Promise<void> {
  if (edits.length === 0) return;
  const docs = new Set<string>();
  const putIds = new Set<string>();
  for (const e of edits) {
    if ('put' in e) {
      docs.add(e.put.documentId);
      putIds.add(e.put.id);
    } else docs.add(e.remove.documentId);
  }
  // Packs already holding a coding being put (it may move documents, or be re-added).
  if (putIds.size > 0) {
    const holders = await db.codingPacks
      .where('ids')
      .anyOf([...putIds])
      .primaryKeys();
    if (adding && holders.length) {
      const held = await readCodingsByIds(db, [...putIds]);
      throw duplicate(held.map((c) => c.id));
    }
    for (const k of holders) docs.add(String(k));
  }
  const keys = [...docs];
  const packs = await db.codingPacks.bulkGet(keys);
  const byDoc = new Map<string, Map<string, Coding>>();
  const whereIs = new Map<string, string>();
  keys.forEach((doc, i) => {
    const p = packs[i];
    const m = new Map<string, Coding>();
    for (const c of p ? unpackCodings(p) : []) {
      m.set(c.id, c);
      whereIs.set(c.id, doc);
    }
    byDoc.set(doc, m);
  });
  const changed = new Set<string>();
  for (const e of edits) {
    const id = 'put' in e ? e.put.id : e.remove.id;
    const at = whereIs.get(id);
    if (at !== undefined) {
      byDoc.get(at)?.delete(id);
      whereIs.delete(id);
      changed.add(at);
    }
    if ('put' in e) {
      byDoc.get(e.put.documentId)?.set(id, e.put);
      whereIs.set(id, e.put.documentId);
      changed.add(e.put.documentId);
    }
  }
  // Emptied packs go; the others are rewritten whole (a pack is the unit of storage).
  const emptied = [...changed].filter((d) => (byDoc.get(d)?.size ?? 0) === 0);
  const filled = [...changed].filter((d) => (byDoc.get(d)?.size ?? 0) > 0);
  if (emptied.length) await db.codingPacks.bulkDelete(emptied);
  for (const doc of filled) {
    await db.codingPacks.put(packDocument([...(byDoc.get(doc) as Map<string, Coding>).values()]));
  }
}

/** Adds new codings; throws a ConstraintError (aborting the transaction) if an id is taken. */
export async function addStoredCodings(db: MazmunDb, codings: readonly Coding[]): Promise<void> {
  const ids = codings.map((c) => c.id as string);
  if (new Set(ids).size !== ids.length)
    throw duplicate(ids.filter((id, i) => ids.indexOf(id) !== i));
  await editPacks(
    db,
    codings.map((put) => ({ put })),
    true,
  );
}

/** Writes codings, replacing any stored coding with the same id. */
export async function putStoredCodings(db: MazmunDb, codings: readonly Coding[]): Promise<void> {
  await editPacks(
    db,
    codings.map((put) => ({ put })),
  );
}

/** Deletes codings; ids no longer stored are ignored. */
export async function deleteStoredCodings(
  db: MazmunDb,
  codings: readonly CodingKey[],
): Promise<void> {
  await editPacks(
    db,
    codings.map((remove) => ({ remove })),
  );
}

/** Deletes every coding of a document; returns them (for the caller's ChangeSet). */
export async function deleteDocumentCodings(
  db: MazmunDb,
  documentId: DocumentId | string,
): Promise<Coding[]> {
  const codings = await readDocumentCodings(db, documentId);
  await db.codingPacks.delete(documentId);
  return codings;
}

/** Writes the `after` side of coding changes, in order (undo/redo: applyChanges). */
export async function applyCodingChanges(
  db: MazmunDb,
  changes: readonly RowChange<Coding>[] | undefined,
): Promise<void> {
  const edits: Edit[] = [];
  for (const r of changes ?? []) {
    if (r.after) edits.push({ put: r.after });
    else if (r.before) edits.push({ remove: r.before });
  }
  await editPacks(db, edits);
}
