// Every schema version the app has ever shipped, oldest first. APPEND ONLY (DEVELOPERS.md rule 2):
// never edit or remove an entry, because users' databases were created by them. Each upgrade is a
// named function with its own test (see migrations.test.ts) that opens version N-1, writes rows,
// and reopens at N.
import type { Transaction } from 'dexie';
import { normalizeForSearch } from '../text/persian';
import { packCodings, type PackableCoding } from './coding-storage-pack';
import type { CodingPackRow, DocumentTextRow } from './rows';
import {
  KEY_PACK_UNITS,
  keyable,
  packSearchKeys,
  searchKeyOf,
  type SearchKey,
  type SearchKeyPackRow,
} from './search-keys';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store specs; a table absent here keeps its previous spec. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * v2: adds `searchText` to every documentTexts row. It has the same length as `text` (see
 * normalizeForSearch), so a search hit's offsets are offsets into the original text.
 */
export async function addSearchText(tx: Transaction): Promise<void> {
  await tx
    .table<DocumentTextRow, string>('documentTexts')
    .toCollection()
    .modify((row) => {
      row.searchText = normalizeForSearch(row.text ?? '');
    });
}

/**
 * v3: moves every coding row into its document's pack (`codingPacks`, see CodingPackRow); the
 * `codings` table is then dropped (Dexie deletes it after this function). Opening a project
 * reads one pack per coded document instead of one row per coding.
 */
export async function packCodingsByDocument(tx: Transaction): Promise<void> {
  const rows: PackableCoding[] = [];
  await tx
    .table<PackableCoding, string>('codings')
    .toCollection()
    .each((row) => {
      // A row with no usable keys cannot be placed in a pack, nor shown anywhere; leaving it out
      // is better than an upgrade that fails and so keeps the database from opening at all.
      if (typeof row?.id === 'string' && typeof row.documentId === 'string' && row.documentId)
        rows.push(row);
    });
  const packs = packCodings(rows);
  const table = tx.table<CodingPackRow, string>('codingPacks');
  // Chunks keep each request's structured clone small at 500k codings.
  for (let i = 0; i < packs.length; i += 200) await table.bulkAdd(packs.slice(i, i + 200));
}

/**
 * v4: the search keys of every document text (SearchKeyPackRow, table `searchKeys`: packs of
 * several documents of one project), so the search index loads without reading the texts. The
 * texts are read a page at a time: an upgrade of a 10M-word database never holds them all.
 */
export async function addSearchKeys(tx: Transaction): Promise<void> {
  const texts = tx.table<DocumentTextRow, string>('documentTexts');
  const packs = tx.table<SearchKeyPackRow, string>('searchKeys');
  // Keys waiting for a pack, per project, and their length in UTF-16 units.
  const waiting = new Map<string, { keys: SearchKey[]; units: number }>();
  const flush = async (projectId: string, all: boolean) => {
    const w = waiting.get(projectId);
    if (!w || (!all && w.units < KEY_PACK_UNITS)) return;
    await packs.bulkAdd(packSearchKeys(projectId, w.keys));
    waiting.delete(projectId);
  };
  let after: string | null = null;
  for (;;) {
    const page: DocumentTextRow[] = await (
      after === null ? texts.orderBy(':id') : texts.where(':id').above(after)
    )
      .limit(100)
      .toArray();
    if (page.length === 0) break;
    after = (page[page.length - 1] as DocumentTextRow).id;
    for (const r of page) {
      // A row without a usable text cannot be searched anyway; the loader reads it as it is.
      if (typeof r?.id !== 'string' || typeof r.text !== 'string') continue;
      if (!keyable(r)) continue;
      const projectId = r.projectId ?? '';
      const w = waiting.get(projectId) ?? { keys: [], units: 0 };
      waiting.set(projectId, w);
      const key = searchKeyOf({ ...r, projectId });
      w.keys.push(key);
      w.units += key.key.length;
      await flush(projectId, false);
    }
  }
  for (const projectId of [...waiting.keys()]) await flush(projectId, true);
}

/**
 * v5: document sets (table `sets`, SetRow). Dexie creates the empty table from the store spec;
 * nothing older holds sets, so there is nothing to move. A named step all the same (rule 2), so
 * a later change to sets has a place to start from and the test has a function to name.
 */
export async function addDocumentSets(tx: Transaction): Promise<void> {
  // Touching the table inside the upgrade makes a missing store fail the upgrade, not a later read.
  await tx.table('sets').count();
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, updatedAt',
      documents: 'id, projectId, caseId',
      documentTexts: 'id, projectId',
      cases: 'id, projectId',
      attributes: 'id, projectId',
      codes: 'id, projectId, parentId',
      codings: 'id, projectId, codeId, documentId, [documentId+start]',
      memos: 'id, projectId',
      coders: 'id, projectId',
      meta: 'key',
    },
  },
  {
    version: 2,
    // searchText is not indexed (it is scanned), so the store spec is unchanged.
    stores: { documentTexts: 'id, projectId' },
    upgrade: addSearchText,
  },
  {
    version: 3,
    stores: {
      // ids: multi-entry (a coding found by its id); codes: multi-entry (the packs holding a
      // code). Not a UNIQUE ids index: Chromium then checks every id of a pack on each put
      // (~5x the cost of a coding write, measured); coding-storage.ts refuses taken ids.
      codingPacks: 'documentId, projectId, *ids, *codes',
      codings: null,
    },
    upgrade: packCodingsByDocument,
  },
  {
    version: 4,
    // packId: one row per pack; ids: multi-entry (the pack holding a document).
    stores: { searchKeys: 'packId, projectId, *ids' },
    upgrade: addSearchKeys,
  },
  {
    version: 5,
    // name: a set is found by name (`mazmun report --set`); projectId: deleteProject clears it.
    stores: { sets: 'id, projectId, name' },
    upgrade: addDocumentSets,
  },
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
