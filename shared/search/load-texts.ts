// The search index's loader over the real database: reads the stored search keys (schema v4,
// shared/db/search-keys.ts) — the index's own form of each text, about half the bytes of text and
// key together and no per-unit work — and reads the text (with its v2 `searchText`) only for a
// document that has no usable key row.
import type { MazmunDb } from '../db/database';
import { readProjectSearchKeys, readSearchKeys } from '../db/search-keys';
import { asId, type DocumentId, type ProjectId } from '../model/ids';
import type { IndexedText } from './indexed-text';
import type { LoadedText, LoadTexts } from './search-index';

/** Asked for this many documents at once (a search waits), the whole project is read. */
export const WHOLE_PROJECT_READ = 200;

/**
 * `projectId`: the project whose documents are asked for; with it, a request for many documents
 * (the first search, waiting on them all) reads every key pack of the project in one read.
 */
export function documentTextLoader(db: MazmunDb, projectId?: ProjectId): LoadTexts {
  return async (ids: readonly DocumentId[]): Promise<(LoadedText | IndexedText)[]> => {
    const out: (LoadedText | IndexedText)[] = [];
    const keyed = new Set<string>();
    // The packs holding these ids hold others too: returned as well (the index keeps those it
    // wants), so no pack is read twice.
    const keys =
      projectId !== undefined && ids.length >= WHOLE_PROJECT_READ
        ? await readProjectSearchKeys(db, projectId)
        : await readSearchKeys(db, ids);
    for (const k of keys) {
      keyed.add(k.id);
      out.push({
        id: asId<'DocumentId'>(k.id),
        key: k.key,
        diffAt: k.diffAt,
        diffChars: k.diffChars,
      });
    }
    const rest = ids.filter((id) => !keyed.has(id));
    if (rest.length === 0) return out;
    for (const row of await db.documentTexts.bulkGet(rest)) {
      if (row)
        out.push({ id: asId<'DocumentId'>(row.id), text: row.text, searchText: row.searchText });
    }
    return out;
  };
}
