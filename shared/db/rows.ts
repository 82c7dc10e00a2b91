// Stored row types: what IndexedDB actually holds. They are kept apart from the domain types
// (DEVELOPERS.md rule 7) so a schema change never leaks into the UI, and so values read back
// from disk (written by an older or newer app) are checked by the mappers before use.

export interface ProjectRow {
  id: string;
  name: string;
  description: string;
  language: string;
  createdAt: number;
  updatedAt: number;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
}

/** Document metadata only: texts live in `documentTexts` so lists never load megabytes. */
export interface DocumentRow {
  id: string;
  projectId: string;
  title: string;
  caseId: string | null;
  direction: string;
  createdAt: number;
  /** Length of the text in UTF-16 units. */
  length: number;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
  /** The source label a researcher set; absent: the default. Not indexed, so no migration. */
  label?: string;
}

export interface DocumentTextRow {
  /** The document's id. */
  id: string;
  projectId: string;
  text: string;
  /** Since schema v2: normalizeForSearch(text), same length as `text`. */
  searchText?: string;
}

export interface CaseRow {
  id: string;
  projectId: string;
  name: string;
  description: string;
  values: Record<string, string | number | null>;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
}

export interface AttributeRow {
  id: string;
  projectId: string;
  name: string;
  type: string;
  options: string[];
  calendar: string | null;
  order: number;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
}

export interface CodeRow {
  id: string;
  projectId: string;
  parentId: string | null;
  name: string;
  description: string;
  whenToUse: string;
  whenNotToUse: string;
  example: string;
  color: string;
  order: number;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
}

export interface CodingRow {
  id: string;
  projectId: string;
  documentId: string;
  codeId: string;
  start: number;
  end: number;
  coderId: string | null;
  memo: string;
  createdAt: number;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
}

/**
 * Since schema v3: ALL codings of one document in one row, as parallel arrays (index i across
 * the arrays is one coding), in text order. Opening a project reads one row per coded document
 * instead of one per coding, and structured-cloning a few long arrays costs far less than
 * cloning as many small objects. Only shared/db/coding-storage.ts reads or writes these rows.
 */
export interface CodingPackRow {
  /** The document's id: the key, one pack per document that has codings. */
  documentId: string;
  projectId: string;
  /** The codings' ids. Multi-entry index: a coding is found by its id. */
  ids: string[];
  /** The distinct codes used in this document. Multi-entry index: the packs holding a code. */
  codes: string[];
  /** Per coding, the position of its code in `codes`. */
  codeOf: Int32Array;
  /** UTF-16 offsets, start inclusive, end exclusive (Float64: any stored number survives). */
  starts: Float64Array;
  ends: Float64Array;
  createdAts: Float64Array;
  /** The distinct coders; per coding, the position in `coders`, or -1 for none. */
  coders: string[];
  coderOf: Int32Array;
  /** Sparse memos (most codings have none): memos[k] belongs to coding memoOf[k]. */
  memoOf: number[];
  memos: string[];
  /** Sparse like memos, absent in packs without any: origins[k] belongs to coding originOf[k]. */
  originOf?: number[];
  origins?: Record<string, string>[];
}

export interface MemoRow {
  id: string;
  projectId: string;
  /** 'project' | 'document' | 'code' | 'case' */
  targetKind: string;
  /** Null for project memos. */
  targetId: string | null;
  title: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
}

export interface CoderRow {
  id: string;
  projectId: string;
  name: string;
  /** Kept from an imported file (ExchangeOrigin); absent otherwise. Not indexed. */
  origin?: Record<string, string>;
}

/** App-wide settings (lastProjectId, uiLocale, …). */
export interface MetaRow {
  key: string;
  value: SettingValue;
}

export type SettingValue = string | number | boolean | null;
