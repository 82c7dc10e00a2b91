// The in-memory index of a project's codings (DEVELOPERS.md: read all codings once at open,
// then keep this index current from the same code path that writes; never a live query over
// all codings). Every update is O(1); lookups by code or document touch only their codings.
import type { CodeId, CodingId, DocumentId } from '../model/ids';
import type { Coding } from '../model/types';

/** The query side of the index: what the UI may read. */
export interface ReadonlyCodingIndex {
  /** Number of codings (references) in the project. */
  readonly size: number;
  get(id: CodingId): Coding | undefined;
  has(id: CodingId): boolean;
  /** Every coding, in no particular order. */
  values(): IterableIterator<Coding>;
  /** Codings of one code (not of its sub-codes), in no particular order. */
  byCode(codeId: CodeId): Coding[];
  /** Codings of one document, in text order (start, then end). */
  byDocument(documentId: DocumentId): Coding[];
  /** References: the number of passages coded with the code. */
  referenceCount(codeId: CodeId): number;
  /** Sources: the number of distinct documents the code appears in. */
  sourceCount(codeId: CodeId): number;
  /** The documents the code appears in. */
  documentsOf(codeId: CodeId): DocumentId[];
  /** Number of codings in one document. */
  countByDocument(documentId: DocumentId): number;
}

export class CodingIndex implements ReadonlyCodingIndex {
  private readonly byId = new Map<CodingId, Coding>();
  private readonly codeMap = new Map<CodeId, Map<CodingId, Coding>>();
  private readonly docMap = new Map<DocumentId, Map<CodingId, Coding>>();
  /** codeId -> documentId -> number of codings: keeps sourceCount O(1). */
  private readonly codeDocs = new Map<CodeId, Map<DocumentId, number>>();

  constructor(codings: Iterable<Coding> = []) {
    for (const c of codings) this.add(c);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: CodingId): Coding | undefined {
    return this.byId.get(id);
  }

  has(id: CodingId): boolean {
    return this.byId.has(id);
  }

  values(): IterableIterator<Coding> {
    return this.byId.values();
  }

  /** Adds a coding; a coding with the same id is replaced. */
  add(c: Coding): void {
    if (this.byId.has(c.id)) this.remove(c.id);
    this.byId.set(c.id, c);
    bucket(this.codeMap, c.codeId).set(c.id, c);
    bucket(this.docMap, c.documentId).set(c.id, c);
    const docs = this.codeDocs.get(c.codeId) ?? new Map<DocumentId, number>();
    this.codeDocs.set(c.codeId, docs);
    docs.set(c.documentId, (docs.get(c.documentId) ?? 0) + 1);
  }

  /** Replaces a coding (by id), e.g. after a range or code change. */
  update(c: Coding): void {
    this.add(c);
  }

  /** Removes a coding; returns it, or undefined if it was not there. */
  remove(id: CodingId): Coding | undefined {
    const c = this.byId.get(id);
    if (!c) return undefined;
    this.byId.delete(id);
    unbucket(this.codeMap, c.codeId, id);
    unbucket(this.docMap, c.documentId, id);
    const docs = this.codeDocs.get(c.codeId);
    const n = (docs?.get(c.documentId) ?? 0) - 1;
    if (docs && n > 0) docs.set(c.documentId, n);
    else if (docs) {
      docs.delete(c.documentId);
      if (docs.size === 0) this.codeDocs.delete(c.codeId);
    }
    return c;
  }

  clear(): void {
    this.byId.clear();
    this.codeMap.clear();
    this.docMap.clear();
    this.codeDocs.clear();
  }

  byCode(codeId: CodeId): Coding[] {
    return [...(this.codeMap.get(codeId)?.values() ?? [])];
  }

  byDocument(documentId: DocumentId): Coding[] {
    return [...(this.docMap.get(documentId)?.values() ?? [])].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
  }

  referenceCount(codeId: CodeId): number {
    return this.codeMap.get(codeId)?.size ?? 0;
  }

  sourceCount(codeId: CodeId): number {
    return this.codeDocs.get(codeId)?.size ?? 0;
  }

  documentsOf(codeId: CodeId): DocumentId[] {
    return [...(this.codeDocs.get(codeId)?.keys() ?? [])];
  }

  countByDocument(documentId: DocumentId): number {
    return this.docMap.get(documentId)?.size ?? 0;
  }
}

function bucket<K, V>(m: Map<K, Map<CodingId, V>>, key: K): Map<CodingId, V> {
  let b = m.get(key);
  if (!b) {
    b = new Map();
    m.set(key, b);
  }
  return b;
}

function unbucket<K, V>(m: Map<K, Map<CodingId, V>>, key: K, id: CodingId): void {
  const b = m.get(key);
  if (!b) return;
  b.delete(id);
  if (b.size === 0) m.delete(key);
}
