// The functions the bench page puts on window, called by bench/run.ts through page.evaluate.
// Every duration is measured inside the page with performance.now(), so the figures exclude the
// DevTools round trip.
import type { GenerateOptions } from '../generate';

export interface GenerateResult {
  readonly ms: number;
  readonly documents: number;
  readonly words: number;
  readonly characters: number;
  readonly codes: number;
  readonly codings: number;
  readonly cases: number;
  readonly levels: { readonly global: number; readonly organizing: number; readonly basic: number };
  readonly searchQuery: string;
  readonly searchWordCount: number;
}

export interface Timed {
  readonly ms: number;
}
export interface ImportResult extends Timed {
  readonly rows: number;
  readonly documents: number;
}
export interface OpenResult extends Timed {
  readonly codings: number;
  readonly documents: number;
}
export interface RecomputeResult extends Timed {
  readonly rows: number;
  readonly references: number;
}
export interface SearchResult extends Timed {
  readonly hits: number;
}
export interface ProgressiveSearchResult extends SearchResult {
  readonly firstMs: number;
  readonly firstHitsMs: number;
  readonly firstHits: number;
  readonly partials: number;
}
export interface CountResult extends Timed {
  readonly count: number;
}

export interface BenchApi {
  /** Generates the project in the page (keeps it for importProject). */
  generate(options: GenerateOptions): GenerateResult;
  /** Switches to another database name (before anything is opened). */
  useDatabase(name: string): void;
  /** Makes the imported project the one the app opens at launch; names a document and a code. */
  openInApp(): Promise<{ documentTitle: string; codeName: string }>;
  /** Deletes the bench databases. */
  reset(): Promise<void>;
  /** importSnapshot of the generated project into a fresh database. */
  importProject(): Promise<ImportResult>;
  /** One raw bulkAdd transaction of the same rows (mapped beforehand) into a scratch database. */
  importLowerBound(): Promise<ImportResult>;
  /** Writes the codings as schema v2 stored them (one row each) into a scratch database. */
  writeCodingRows(): Promise<void>;
  /** Raw toArray() of those v2 rows: the floor of opening before coding packs (schema v3). */
  openRowsFloor(): Promise<CountResult>;
  /** Drops the generated project so the heap holds only what the app would hold. */
  forget(): void;
  /** openProjectStore: metadata and all codings into the in-memory index. */
  openStore(): Promise<OpenResult>;
  /** Raw Dexie toArray() of the project's coding packs (schema v3): today's floor. */
  openLowerBound(): Promise<CountResult>;
  /** computeFrequencyTable over the open store's state (codings array built inside the timing). */
  recompute(): Promise<RecomputeResult>;
  /** A plain counting loop over an array of all codings (array built outside the timing). */
  recomputeLowerBound(): Promise<CountResult>;
  /** store.addCoding until the published state has it. */
  applyCoding(i: number): Promise<Timed>;
  /** One raw put of the coding's document pack, grown by it (and nothing else). */
  applyCodingLowerBound(i: number): Promise<Timed>;
  /** The planted Persian word on the in-memory search index (shared/search), once loaded. */
  search(query: string): Promise<SearchResult>;
  /** A fresh search index and its first query: reading every text into memory included. */
  searchCold(query: string): Promise<SearchResult>;
  /** A fresh index, its first query answered progressively: first partial, first hits, complete. */
  searchColdProgressive(query: string): Promise<ProgressiveSearchResult>;
  /** Raw Dexie toArray() of every document text: any scan of stored texts pays this. */
  searchLowerBound(): Promise<CountResult>;
  /** Raw Dexie toArray() of every search key row (schema v4): the first search's floor. */
  searchKeysLowerBound(): Promise<CountResult>;
  /** indexOf over texts already in memory: the CPU part of the search alone. */
  searchCpu(query: string): Promise<SearchResult>;
  closeStore(): void;
}

export interface BenchWindow {
  mazmunBench: BenchApi;
  mazmunBenchReady: boolean;
}
