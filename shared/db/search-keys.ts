// The stored search keys (schema v4, table `searchKeys`): per document, the search index's own
// form of its text (shared/search/indexed-text.ts: the normalized key plus the few UTF-16 units
// where the original differs), so the first search after opening reads these rows alone — about
// half the bytes of the texts, and no per-unit work — instead of every text with its key.
// Written in the same transaction as every document text write (add, delete, import, undo/redo:
// writeSearchKeys / deleteSearchKeys / applySearchKeyChanges); the loader still falls back to the
// text for a document without a key row (shared/search/load-texts.ts).
import { indexText } from '../search/indexed-text';
import type { DocumentId } from '../model/ids';
import type { RowChange } from './changes';
import type { MazmunDb } from './database';

export interface SearchKeyRow {
  /** The document's id. */
  id: string;
  projectId: string;
  /** normalizeForSearch(text): same length as the text. */
  key: string;
  /** Ascending positions where the text differs from the key, and the text's units there. */
  diffAt: Int32Array;
  diffChars: string;
}

/** What a key row is computed from: a documentTexts row (its stored searchText reused). */
export interface KeySource {
  readonly id: string;
  readonly projectId: string;
  readonly text: string;
  readonly searchText?: string;
}

/** The key row of one text (the stored searchText is reused when its length fits). */
export function searchKeyRow(t: KeySource): SearchKeyRow {
  const x = indexText(t.id as DocumentId, t.text, t.searchText);
  return { id: t.id, projectId: t.projectId, key: x.key, diffAt: x.diffAt, diffChars: x.diffChars };
}

/** Why a key row read back cannot be used (then the text is read instead), or null. */
export function keyRowProblem(r: SearchKeyRow | undefined): string | null {
  if (!r || typeof r.id !== 'string' || typeof r.key !== 'string') return 'it is not a key row';
  if (!(r.diffAt instanceof Int32Array) || typeof r.diffChars !== 'string')
    return 'it has no differences';
  if (r.diffAt.length !== r.diffChars.length) return 'its differences are misaligned';
  const last = r.diffAt[r.diffAt.length - 1];
  if (last !== undefined && (last < 0 || last >= r.key.length))
    return 'a difference is past the key';
  return null;
}

/**
 * Writes the key rows of these texts (replacing any of the same ids). Call inside the caller's
 * transaction, which must include db.searchKeys.
 */
export async function writeSearchKeys(db: MazmunDb, texts: readonly KeySource[]): Promise<void> {
  if (texts.length) await db.searchKeys.bulkPut(texts.map(searchKeyRow));
}

/** Deletes the key rows of these documents (inside the caller's transaction). */
export async function deleteSearchKeys(db: MazmunDb, ids: readonly string[]): Promise<void> {
  if (ids.length) await db.searchKeys.bulkDelete([...ids]);
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

/** The usable key rows of these documents (absent or damaged ones left out). */
export async function readSearchKeys(
  db: MazmunDb,
  ids: readonly string[],
): Promise<SearchKeyRow[]> {
  const rows = await db.searchKeys.bulkGet([...ids]);
  return rows.filter((r): r is SearchKeyRow => keyRowProblem(r) === null);
}
