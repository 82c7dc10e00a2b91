// The search index's loader over the real database: reads documentTexts rows by id, stored key
// included (schema v2's `searchText`), so nothing is normalized again at load time.
import type { MazmunDb } from '../db/database';
import { asId, type DocumentId } from '../model/ids';
import type { LoadedText, LoadTexts } from './search-index';

export function documentTextLoader(db: MazmunDb): LoadTexts {
  return async (ids: readonly DocumentId[]): Promise<LoadedText[]> => {
    const rows = await db.documentTexts.bulkGet([...ids]);
    const out: LoadedText[] = [];
    for (const row of rows) {
      if (row)
        out.push({ id: asId<'DocumentId'>(row.id), text: row.text, searchText: row.searchText });
    }
    return out;
  };
}
