// The few PouchDB calls the sync layer makes (pouchdb-browser ships no types).
declare module 'pouchdb-browser' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [k: string]: unknown;
  }
  export interface ChangeRow {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: PouchDoc;
  }
  export interface Emitter {
    on(event: string, fn: (info: never) => void): Emitter;
    cancel(): void;
    /** A sync's two replications (sync only). */
    readonly pull?: Emitter;
  }
  export interface PouchDb {
    readonly name: string;
    info(): Promise<{ update_seq: number | string; doc_count: number }>;
    get(id: string, opts?: Record<string, unknown>): Promise<PouchDoc>;
    put(doc: PouchDoc): Promise<{ ok: boolean; rev: string }>;
    remove(id: string, rev: string): Promise<unknown>;
    bulkDocs(docs: readonly PouchDoc[]): Promise<{ id: string; rev?: string; error?: string }[]>;
    allDocs(opts: Record<string, unknown>): Promise<{
      rows: {
        id: string;
        key: string;
        value?: { rev: string; deleted?: boolean };
        doc?: PouchDoc;
        error?: string;
      }[];
    }>;
    changes(
      opts: Record<string, unknown>,
    ): Promise<{ results: ChangeRow[]; last_seq: number | string }> & Emitter;
    sync(remote: PouchDb, opts: Record<string, unknown>): Emitter;
    replicate: {
      to(remote: PouchDb | string, opts?: Record<string, unknown>): Promise<unknown> & Emitter;
    };
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
  }
  export interface PouchStatic {
    new (name: string, opts?: Record<string, unknown>): PouchDb;
  }
  const PouchDB: PouchStatic;
  // eslint-disable-next-line no-restricted-syntax -- the package's own default export
  export default PouchDB;
}
