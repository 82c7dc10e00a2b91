// The per-project text search index: every document's search key held in memory, so a query
// scans memory (tens of ms for 5M words) instead of reading every text row from IndexedDB on
// every search (~1 s). Pure: the loader is injected (shared/search/load-texts.ts reads Dexie).
import { refuse } from '../errors';
import type { DocumentId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import { compactText, type IndexedText, indexText, indexTextWhole } from './indexed-text';
import type { SearchMode } from './match';
import {
  assembleResult,
  type DocumentMatch,
  EMPTY_RESULT,
  inScope,
  matchDocument,
  planQuery,
} from './query-plan';

export interface LoadedText {
  readonly id: DocumentId;
  readonly text: string;
  /** The stored key (documentTexts.searchText); recomputed when missing. */
  readonly searchText?: string;
}

/**
 * Reads the texts of these documents; ids that no longer exist are simply left out. A document
 * may come back already indexed (its stored search key, shared/db/search-keys.ts): then nothing
 * is computed at load. Other documents may come back too (stored beside those asked for): the
 * index keeps those it wants.
 */
export type LoadTexts = (
  ids: readonly DocumentId[],
) => Promise<readonly (LoadedText | IndexedText)[]>;

export interface SearchIndexOptions {
  readonly loadTexts: LoadTexts;
  /** Documents per read (default 50): small reads keep the page responsive while warming. */
  readonly chunkSize?: number;
  /**
   * Documents in the first read when a search waits (default 20): its hits come after a small
   * read; the rest follows in one request (which the loader turns into one read of the project).
   */
  readonly firstUrgentChunk?: number;
  /** Awaited between background reads (the renderer passes an idle callback). */
  readonly idle?: () => Promise<void>;
}

export interface SearchOptions {
  readonly mode?: SearchMode;
  readonly wholeWord?: boolean;
  /** Only these documents (a case filter or a chosen subset); null or absent: all of them. */
  readonly documentIds?: Iterable<DocumentId> | null;
  /** Hits returned with context (default 1,000); `total` still counts all of them. */
  readonly maxHits?: number;
  /** Characters of context on each side (default 60; 0 leaves context out). */
  readonly contextChars?: number;
}

export interface SearchHit {
  readonly documentId: DocumentId;
  /** UTF-16 offsets into the document's original text. */
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface SearchResult {
  /** The first `maxHits` hits, in document order, then by position. */
  readonly hits: readonly SearchHit[];
  /** Every hit, including those beyond maxHits. */
  readonly total: number;
  /** Hits per document (all of them), for documents with at least one. */
  readonly perDocument: ReadonlyMap<DocumentId, number>;
  readonly truncated: boolean;
}

export interface IndexProgress {
  readonly loaded: number;
  readonly total: number;
}

/** A search still reading: its result over the documents read so far. */
export interface PartialSearch {
  readonly result: SearchResult;
  /** Documents in the query's scope read and matched so far... */
  readonly searched: number;
  /** ...of these. */
  readonly total: number;
}

/** Without an idle callback, compaction still yields to other work between chunks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SearchIndex {
  private readonly texts = new Map<DocumentId, IndexedText>();
  private order: readonly DocumentId[] = [];
  private wanted = new Set<DocumentId>();
  /** Ids the loader did not return (deleted meanwhile): never asked for again. */
  private readonly absent = new Set<DocumentId>();
  private loop: Promise<Result<void>> | null = null;
  private urgent = false;
  private disposed = false;
  private compacting: Promise<void> | null = null;
  private readonly listeners = new Set<(p: IndexProgress) => void>();

  constructor(private readonly options: SearchIndexOptions) {}

  /** The project's documents, in display order. New ones are loaded later; removed ones dropped. */
  setDocuments(ids: readonly DocumentId[]): void {
    this.order = [...ids];
    this.wanted = new Set(ids);
    for (const id of [...this.texts.keys()]) if (!this.wanted.has(id)) this.texts.delete(id);
    this.notify();
  }

  /**
   * Drops these documents' loaded texts because their text changed (normalized, or the change
   * undone): the next search or warm-up reads them again.
   */
  forget(ids: Iterable<DocumentId>): void {
    for (const id of ids) {
      this.texts.delete(id);
      this.absent.delete(id);
    }
    this.notify();
  }

  get progress(): IndexProgress {
    return { loaded: this.texts.size, total: this.wanted.size - this.absentWanted() };
  }

  private absentWanted(): number {
    let n = 0;
    for (const id of this.absent) if (this.wanted.has(id)) n++;
    return n;
  }

  /** Calls `listener` when documents are loaded or the document list changes. */
  onProgress(listener: (p: IndexProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const p = this.progress;
    for (const l of this.listeners) l(p);
  }

  /** Loads what is missing in the background, pausing for idle time between reads. */
  warm(): Promise<Result<void>> {
    return this.run();
  }

  /** Loads what is missing now, without waiting for idle time. */
  ensureLoaded(): Promise<Result<void>> {
    this.urgent = true;
    return this.run();
  }

  private run(): Promise<Result<void>> {
    this.loop ??= this.loadMissing().finally(() => {
      this.loop = null;
      this.urgent = false;
    });
    return this.loop;
  }

  private missing(limit: number): DocumentId[] {
    const out: DocumentId[] = [];
    for (const id of this.order) {
      if (out.length >= limit) break;
      if (!this.texts.has(id) && !this.absent.has(id)) out.push(id);
    }
    return out;
  }

  private async loadMissing(): Promise<Result<void>> {
    const chunk = Math.max(1, this.options.chunkSize ?? 50);
    let urgentChunk = Math.max(1, this.options.firstUrgentChunk ?? 20);
    for (;;) {
      if (this.disposed) return refuse('store.searchIndexClosed');
      if (!this.urgent && this.options.idle) await this.options.idle();
      // Someone waits for the result: texts read (no stored key) are kept whole (no per-unit
      // diff now); they are compacted in idle time after the search (compactLater).
      // Someone waits: a small first read (its hits shown at once), then every missing document
      // in one request, which the loader serves in one read of the project's key packs
      // (shared/search/load-texts.ts, one getAll). Reads growing 20, 60, 180 measured 1.75x
      // the key floor to complete: a pack fetched by id costs ~3x its share of a getAll.
      const urgent = this.urgent;
      const ids = this.missing(urgent ? urgentChunk : chunk);
      if (urgent) urgentChunk = Infinity;
      if (ids.length === 0) return ok(undefined);
      let rows: readonly (LoadedText | IndexedText)[];
      try {
        rows = await this.options.loadTexts(ids);
      } catch (e) {
        return refuse('store.textsUnreadable', {
          detail: e instanceof Error ? e.message : String(e),
        });
      }
      const got = new Set<DocumentId>();
      for (const row of rows) {
        got.add(row.id);
        // A document removed while its text was being read stays out.
        if (!this.wanted.has(row.id)) continue;
        if ('key' in row) this.texts.set(row.id, row);
        else {
          const build = urgent ? indexTextWhole : indexText;
          this.texts.set(row.id, build(row.id, row.text, row.searchText));
        }
      }
      for (const id of ids) if (!got.has(id)) this.absent.add(id);
      if (urgent) this.compactLater();
      this.notify();
    }
  }

  /** Compacts texts held whole, a chunk at a time in idle time (memory back to key + diff). */
  private compactLater(): void {
    this.compacting ??= (async () => {
      const chunk = Math.max(1, this.options.chunkSize ?? 50);
      for (;;) {
        await (this.options.idle ?? nextTask)();
        if (this.disposed) return;
        const whole = [...this.texts.values()].filter((d) => d.text !== undefined);
        if (whole.length === 0) return;
        for (const doc of whole.slice(0, chunk)) {
          // Only if it is still the same entry (not removed or reloaded meanwhile).
          if (this.texts.get(doc.id) === doc) this.texts.set(doc.id, compactText(doc));
        }
      }
    })().finally(() => {
      this.compacting = null;
    });
  }

  /** Resolves once no text is held whole any more (tests; memory figures). */
  async compacted(): Promise<void> {
    while (this.compacting) await this.compacting;
  }

  /** Loads what is missing, then searches. */
  async search(query: string, options: SearchOptions = {}): Promise<Result<SearchResult>> {
    const loaded = await this.ensureLoaded();
    return loaded.ok ? ok(this.searchLoaded(query, options)) : loaded;
  }

  /** Searches the documents loaded so far (all of them after ensureLoaded). */
  searchLoaded(query: string, options: SearchOptions = {}): SearchResult {
    const plan = planQuery(query, options);
    if (!plan) return EMPTY_RESULT;
    const matches = new Map<DocumentId, DocumentMatch>();
    for (const id of this.order) {
      const doc = this.texts.get(id);
      if (doc && inScope(plan, id)) matches.set(id, matchDocument(doc, plan));
    }
    return assembleResult(
      this.order,
      (id) => matches.get(id),
      (id) => this.texts.get(id),
      plan,
    );
  }

  /**
   * Loads what is missing and searches as the documents arrive: `onPartial` gets the result over
   * the documents read so far (in display order, so hits only ever join) after each read, then
   * the promise resolves with the complete result — the same as search(). Each document is
   * matched once. After `signal` aborts (a newer query), no more partials are sent; loading goes
   * on (the index is what the next query needs too).
   */
  async searchProgressively(
    query: string,
    options: SearchOptions,
    onPartial: (p: PartialSearch) => void,
    signal?: AbortSignal,
  ): Promise<Result<SearchResult>> {
    const plan = planQuery(query, options);
    if (!plan) return ok(EMPTY_RESULT);
    // The text each match was made on: a document forgotten and read again is matched again.
    const matched = new Map<DocumentId, { doc: IndexedText; found: DocumentMatch }>();
    const scan = (): { searched: number; total: number } => {
      let searched = 0;
      let total = 0;
      for (const id of this.order) {
        if (!inScope(plan, id) || this.absent.has(id)) continue;
        total++;
        const doc = this.texts.get(id);
        if (!doc) continue;
        searched++;
        if (matched.get(id)?.doc !== doc) matched.set(id, { doc, found: matchDocument(doc, plan) });
      }
      return { searched, total };
    };
    const result = () =>
      assembleResult(
        this.order,
        (id) => {
          const m = matched.get(id);
          return m && m.doc === this.texts.get(id) ? m.found : undefined;
        },
        (id) => matched.get(id)?.doc,
        plan,
      );
    const off = this.onProgress(() => {
      if (signal?.aborted) return;
      const counts = scan();
      if (counts.searched < counts.total) onPartial({ ...counts, result: result() });
    });
    let loaded: Result<void>;
    try {
      loaded = await this.ensureLoaded();
    } finally {
      off();
    }
    if (!loaded.ok) return loaded;
    scan();
    return ok(result());
  }

  /** Stops loading and frees the texts (the project was closed). */
  dispose(): void {
    this.disposed = true;
    this.texts.clear();
    this.listeners.clear();
  }
}
