import { Dexie, type Table } from 'dexie';
import type {
  AttributeRow,
  CaseRow,
  CodeRow,
  CoderRow,
  CodingPackRow,
  DocumentRow,
  DocumentTextRow,
  MemoRow,
  MetaRow,
  ProjectRow,
} from './rows';
import { SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import type { SearchKeyPackRow } from './search-keys';
import type { SetRow } from './sets-repo-rows';

export { SCHEMA_VERSION } from './schema-versions';

export interface MazmunDbOptions {
  /** Declare only versions up to this one: lets migration tests open the schema of version N-1. */
  readonly upToVersion?: number;
  /** An IndexedDB implementation (fake-indexeddb in tests); defaults to the global one. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

/** The one Dexie class of the app (DEVELOPERS.md rule 2). Open it with `openDatabase`. */
export class MazmunDb extends Dexie {
  declare readonly projects: Table<ProjectRow, string>;
  declare readonly documents: Table<DocumentRow, string>;
  declare readonly documentTexts: Table<DocumentTextRow, string>;
  declare readonly cases: Table<CaseRow, string>;
  declare readonly attributes: Table<AttributeRow, string>;
  declare readonly codes: Table<CodeRow, string>;
  /** Since v3 (replacing `codings`): read and written only by coding-storage.ts. */
  declare readonly codingPacks: Table<CodingPackRow, string>;
  /** Since v4: the search index's form of the texts, in packs; only search-keys.ts uses it. */
  declare readonly searchKeys: Table<SearchKeyPackRow, string>;
  declare readonly memos: Table<MemoRow, string>;
  /** Since v5: document sets (sets-repo.ts). */
  declare readonly sets: Table<SetRow, string>;
  declare readonly coders: Table<CoderRow, string>;
  declare readonly meta: Table<MetaRow, string>;

  /** The highest schema version this instance declares (SCHEMA_VERSION unless upToVersion). */
  readonly declaredVersion: number;
  /** The factory this instance opens with; openDatabase reads stored versions through it. */
  readonly idbFactory: IDBFactory | undefined;

  constructor(name = 'mazmun', options?: MazmunDbOptions) {
    const deps =
      options?.indexedDB && options.IDBKeyRange
        ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
        : options?.indexedDB
          ? { indexedDB: options.indexedDB }
          : undefined;
    // autoOpen off: no query may open (and so create or upgrade) the database before
    // openDatabase has checked its version; see open-database.ts.
    super(name, { ...deps, autoOpen: false });
    const limit = options?.upToVersion ?? SCHEMA_VERSION;
    const versions = SCHEMA_VERSIONS.filter((v) => v.version <= limit);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    this.declaredVersion = versions[versions.length - 1]?.version ?? 0;
    this.idbFactory =
      options?.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  }
}

/** Every table that holds rows of a project (all but `projects` and `meta`). */
export function projectTables(db: MazmunDb) {
  return [
    db.documents,
    db.documentTexts,
    db.searchKeys,
    db.cases,
    db.attributes,
    db.codes,
    db.codingPacks,
    db.memos,
    db.coders,
    db.sets,
  ] as const;
}
