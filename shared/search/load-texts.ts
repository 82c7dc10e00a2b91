// The search index's loader over the real database: reads the stored search keys (schema v4,
// shared/db/search-keys.ts) — the index's own form of each text, about half the bytes of text and
// key together and no per-unit work — and reads the text (with its v2 `searchText`) only for a
// document that has no usable key row.
import type { MazmunDb } from '../db/database';
import { readSearchKeys } from '../db/search-keys';
import { asId, type DocumentId } from '../model/ids';
import type { IndexedText } from './indexed-text';
import type { LoadedText, LoadTexts } from './search-index';

export function documentTextLoader(db: MazmunDb): LoadTexts {
  return async (ids: readonly DocumentId[]): Promise<(LoadedText | IndexedText)[]> => {
    const out: (LoadedText | IndexedText)[] = [];
    const keyed = new Set<string>();
    // The packs holding these ids hold others too: returned as well (the index keeps those it
    // wants), so no pack is read twice.
    for (const k of await readSearchKeys(db, ids)) {
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
