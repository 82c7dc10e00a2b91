// The stored search keys (schema v4, table `searchKeys`): the search index's own form of each
// text (shared/search/indexed-text.ts: the normalized key plus the few UTF-16 units where the
// original differs), so the first search after opening reads these rows alone — about half the
// bytes of the texts, and no per-unit work — instead of every text with its key.
//
// Keys are stored in PACKS of several documents (~256 KB), not one row per document: Chromium
// keeps a value over 64 KB in a file of its own and reads those fast, while thousands of values
// of 20–60 KB kept inline read ~60× slower (measured: 5,000 rows of 26 KB 9 s, the same bytes in
// 500 rows 0.15 s; bench/README.md). Written in the same transaction as every document text
// write (add, delete, import, undo/redo: writeSearchKeys / deleteSearchKeys /
// applySearchKeyChanges); the loader still reads the text of a document without a key.
import { indexText } from '../search/indexed-text';
import { newId, type DocumentId } from '../model/ids';
import type { RowChange } from './changes';
import type { MazmunDb } from './database';

/** The keys of several documents of one project, as parallel lists. */
export interface SearchKeyPackRow {
  packId: string;
  projectId: string;
  /** Document ids (multi-entry index: the pack holding a document). */
  ids: string[];
  /** normalizeForSearch(text) of each document: same length as its text. */
  keys: string[];
  /** Per document: ascending positions where the text differs from the key... */
  diffAts: Int32Array[];
  /** ...and the text's units there. */
  diffChars: string[];
}

/** One document's key as the search index holds it. */
export interface SearchKey {
  readonly id: string;
  readonly key: string;
  readonly diffAt: Int32Array;
  readonly diffChars: string;
}

/** What a key is computed from: a documentTexts row (its stored searchText reused). */
export interface KeySource {
  readonly id: string;
  readonly projectId: string;
  readonly text: string;
  readonly searchText?: string;
}

/** UTF-16 units of keys per pack: ~256 KB of two-byte text, well over Chromium's 64 KB. */
export const KEY_PACK_UNITS = 128 * 1024;

/**
 * Texts longer than this get no stored key: computing one (a pass over every unit) would run on
 * the page while the text is saved (a 50 MB transcript: ~32M units), where the save must not
 * hold the page (issue 12). Their first search reads the text instead, as before v4. A 150k-word
 * interview is ~1M units.
 */
export const KEY_MAX_UNITS = 2_000_000;

/** Whether a text gets a stored key (see KEY_MAX_UNITS). */
export function keyable(t: KeySource): boolean {
  return t.text.length <= KEY_MAX_UNITS;
}

/** The key of one text (the stored searchText is reused when its length fits). */
export function searchKeyOf(t: KeySource): SearchKey {
  const x = indexText(t.id as DocumentId, t.text, t.searchText);
  return { id: t.id, key: x.key, diffAt: x.diffAt, diffChars: x.diffChars };
}

/** Packs keys of one project, in the given order, ~KEY_PACK_UNITS per pack. */
export function packSearchKeys(projectId: string, keys: readonly SearchKey[]): SearchKeyPackRow[] {
  const out: SearchKeyPackRow[] = [];
  let pack: SearchKeyPackRow | null = null;
  let units = 0;
  for (const k of keys) {
    if (!pack || units >= KEY_PACK_UNITS) {
      pack = { packId: newId(), projectId, ids: [], keys: [], diffAts: [], diffChars: [] };
      out.push(pack);
      units = 0;
    }
    pack.ids.push(k.id);
    pack.keys.push(k.key);
    pack.diffAts.push(k.diffAt);
    pack.diffChars.push(k.diffChars);
    units += k.key.length;
  }
  return out;
}

/** Why one document's key in a pack read back cannot be used (its text is read instead). */
function keyProblem(p: SearchKeyPackRow, i: number): string | null {
  const key = p.keys[i];
  const at = p.diffAts[i];
  const chars = p.diffChars[i];
  if (typeof p.ids[i] !== 'string' || typeof key !== 'string') return 'it is not a key';
  if (!(at instanceof Int32Array) || typeof chars !== 'string') return 'it has no differences';
  if (at.length !== chars.length) return 'its differences are misaligned';
  const last = at[at.length - 1];
  if (last !== undefined && (last < 0 || last >= key.length)) return 'a difference is past the key';
  return null;
}

/** The usable keys of a pack (a damaged entry, or a damaged pack, is left out). */
export function unpackSearchKeys(p: SearchKeyPackRow | undefined): SearchKey[] {
  if (!p || !Array.isArray(p.ids) || !Array.isArray(p.keys)) return [];
  if (!Array.isArray(p.diffAts) || !Array.isArray(p.diffChars)) return [];
  const out: SearchKey[] = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (keyProblem(p, i) === null)
      out.push({
        id: p.ids[i] as string,
        key: p.keys[i] as string,
        diffAt: p.diffAts[i] as Int32Array,
        diffChars: p.diffChars[i] as string,
      });
  }
  return out;
}

/**
 * The packs holding these documents, each read once: the pack ids through the index (keys
 * only), then the packs by id. A value cursor over the multi-entry index (anyOf) would read a
 * pack once per document it holds, and slowly (measured ~4x the raw read at 1,000 documents).
 */
async function packsHolding(db: MazmunDb, ids: readonly string[]): Promise<SearchKeyPackRow[]> {
  const packIds = await db.searchKeys
    .where('ids')
    .anyOf([...ids])
    .primaryKeys();
  // No request for no pack: a transaction with nothing pending would commit under the caller.
  if (packIds.length === 0) return [];
  const rows = await db.searchKeys.bulkGet([...new Set(packIds)]);
  return rows.filter((r): r is SearchKeyPackRow => r !== undefined);
}

/**
 * Deletes the keys of these documents (inside the caller's transaction, which must include
 * db.searchKeys): their packs are rewritten without them, or deleted when left empty.
 */
export async function deleteSearchKeys(db: MazmunDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  const packs = await packsHolding(db, [...gone]);
  for (const p of packs) {
    const keep = unpackSearchKeys(p).filter((k) => !gone.has(k.id));
    if (keep.length === 0) await db.searchKeys.delete(p.packId);
    else
      await db.searchKeys.put({
        ...packSearchKeys(p.projectId, keep)[0],
        packId: p.packId,
      } as SearchKeyPackRow);
  }
}

/**
 * Writes the keys of these texts (replacing any stored key of the same documents) in new packs.
 * Inside the caller's transaction, which must include db.searchKeys.
 */
export async function writeSearchKeys(db: MazmunDb, texts: readonly KeySource[]): Promise<void> {
  if (texts.length === 0) return;
  await deleteSearchKeys(
    db,
    texts.map((t) => t.id),
  );
  const byProject = new Map<string, SearchKey[]>();
  for (const t of texts.filter(keyable)) {
    const list = byProject.get(t.projectId) ?? [];
    list.push(searchKeyOf(t));
    byProject.set(t.projectId, list);
  }
  for (const [projectId, keys] of byProject)
    await db.searchKeys.bulkAdd(packSearchKeys(projectId, keys));
}

/**
 * Keeps the keys in step with document text changes written by applyChanges (undo/redo): a text
 * written gets its key, a text deleted loses it. Inside the caller's transaction.
 */
export async function applySearchKeyChanges(
  db: MazmunDb,
  changes: readonly RowChange<KeySource>[] | undefined,
): Promise<void> {
  const put: KeySource[] = [];
  const gone: string[] = [];
  for (const r of changes ?? []) {
    if (r.after) put.push(r.after);
    else if (r.before) gone.push(r.before.id);
  }
  await deleteSearchKeys(db, gone);
  await writeSearchKeys(db, put);
}

/**
 * The usable keys of the packs holding these documents: the other documents of those packs
 * too (a pack is read whole anyway; the search index takes them rather than read them again).
 */
export async function readSearchKeys(db: MazmunDb, ids: readonly string[]): Promise<SearchKey[]> {
  if (ids.length === 0) return [];
  return (await packsHolding(db, ids)).flatMap(unpackSearchKeys);
}

/**
 * Every usable key of a project, in one read of its packs (one getAll): what a search waiting
 * on the whole index needs, at the raw read's cost (a get per pack measured ~3x slower).
 */
export async function readProjectSearchKeys(db: MazmunDb, projectId: string): Promise<SearchKey[]> {
  const packs = await db.searchKeys.where('projectId').equals(projectId).toArray();
  return packs.flatMap(unpackSearchKeys);
}

/** The key of one document (tests, checks), or undefined. */
export async function getSearchKey(db: MazmunDb, id: string): Promise<SearchKey | undefined> {
  const p = await db.searchKeys.where('ids').equals(id).first();
  return unpackSearchKeys(p).find((k) => k.id === id);
}
