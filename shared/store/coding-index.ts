// The in-memory index of a project's codings (DEVELOPERS.md: read all codings once at open,
// then keep this index current from the same code path that writes; never a live query over
// all codings). It is lazy: opening keeps each document's stored pack (schema v3 columns) and
// counts codings per code from its columns; coding objects are built one document at a time,
// when a view asks for them. At 500k codings, building every object and one map over all ids
// at open cost ~2 s (bench/README.md); the counts alone cost milliseconds.
import { unpackCodings } from '../db/coding-storage-pack';
import type { CodingPackRow } from '../db/rows';
import type { CodeId, CodingId, DocumentId } from '../model/ids';
import type { Coding } from '../model/types';

/** The query side of the index: what the UI may read. */
export interface ReadonlyCodingIndex {
  /** Number of codings (references) in the project. */
  readonly size: number;
  get(id: CodingId): Coding | undefined;
  has(id: CodingId): boolean;
  /** Every coding, in no particular order (builds every document's objects once). */
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
  /**
   * The codings whose (code, document) pair `keep` accepts; only the documents holding such a
   * pair build their objects (e.g. dangling codings at load: code or document gone).
   */
  select(keep: (codeId: CodeId, documentId: DocumentId) => boolean): Coding[];
}

/** One document's codings: its stored pack until first read, then objects by id. */
interface Segment {
  readonly documentId: DocumentId;
  pack: CodingPackRow | null;
  byId: Map<CodingId, Coding> | null;
  /** byId's codings in text order, until the next change. */
  sorted: Coding[] | null;
  /** Codes used in this document and the number of its codings on each (sparse: no zeros kept). */
  readonly codes: CodeId[];
  readonly counts: number[];
  size: number;
}

const textOrder = (a: Coding, b: Coding) => a.start - b.start || a.end - b.end;

export class CodingIndex implements ReadonlyCodingIndex {
  private readonly segs = new Map<DocumentId, Segment>();
  /** Segments whose objects are built: looked in first when finding a coding by id. */
  private readonly hot = new Set<Segment>();
  private readonly refs = new Map<CodeId, number>();
  /** codeId -> number of documents with at least one coding on it: sourceCount in O(1). */
  private readonly sources = new Map<CodeId, number>();
  private total = 0;
  /** Every coding, built by values() and dropped on the next change. */
  private all: Coding[] | null = null;

  constructor(codings: Iterable<Coding> = []) {
    for (const c of codings) this.add(c);
  }

  /** An index over stored packs (checked by the reader): no coding object is built here. */
  static fromPacks(packs: Iterable<CodingPackRow>): CodingIndex {
    const ix = new CodingIndex();
    for (const p of packs) ix.addPack(p);
    return ix;
  }

  private addPack(p: CodingPackRow): void {
    const doc = p.documentId as DocumentId;
    const codes = p.codes as CodeId[];
    // Two packs for one document, or a dictionary naming a code twice, cannot come from
    // packDocument: take that pack the slow way, coding by coding.
    if (this.segs.has(doc) || new Set(codes).size !== codes.length) {
      for (const c of unpackCodings(p)) this.add(c);
      return;
    }
    const local = new Int32Array(codes.length);
    for (let i = 0; i < p.codeOf.length; i++) {
      const k = p.codeOf[i] as number;
      local[k] = (local[k] as number) + 1;
    }
    const seg: Segment = {
      documentId: doc,
      pack: p,
      byId: null,
      sorted: null,
      codes: [],
      counts: [],
      size: p.ids.length,
    };
    if (seg.size === 0) return;
    codes.forEach((code, j) => {
      const n = local[j] as number;
      if (n === 0) return;
      seg.codes.push(code);
      seg.counts.push(n);
      this.refs.set(code, (this.refs.get(code) ?? 0) + n);
      this.sources.set(code, (this.sources.get(code) ?? 0) + 1);
    });
    this.segs.set(doc, seg);
    this.total += seg.size;
  }

  get size(): number {
    return this.total;
  }

  /** Builds a segment's coding objects (once). */
  private built(seg: Segment): Map<CodingId, Coding> {
    if (seg.byId) return seg.byId;
    const list = seg.pack ? unpackCodings(seg.pack) : [];
    seg.byId = new Map(list.map((c) => [c.id, c]));
    seg.sorted = list;
    seg.pack = null;
    this.hot.add(seg);
    return seg.byId;
  }

  private holds(seg: Segment, id: CodingId): boolean {
    return seg.byId ? seg.byId.has(id) : (seg.pack?.ids.includes(id) ?? false);
  }

  /** The segment holding a coding id: built segments first, then a scan of the packed ids. */
  private locate(id: CodingId, hint?: DocumentId): Segment | undefined {
    const hinted = hint === undefined ? undefined : this.segs.get(hint);
    if (hinted && this.holds(hinted, id)) return hinted;
    for (const seg of this.hot) if (seg.byId?.has(id)) return seg;
    for (const seg of this.segs.values()) if (!seg.byId && this.holds(seg, id)) return seg;
    return undefined;
  }

  get(id: CodingId): Coding | undefined {
    const seg = this.locate(id);
    return seg ? this.built(seg).get(id) : undefined;
  }

  has(id: CodingId): boolean {
    return this.locate(id) !== undefined;
  }

  values(): IterableIterator<Coding> {
    if (!this.all) {
      const all: Coding[] = [];
      for (const seg of this.segs.values()) for (const c of this.built(seg).values()) all.push(c);
      this.all = all;
    }
    return this.all.values();
  }

  private count(seg: Segment, code: CodeId, delta: 1 | -1): void {
    let j = seg.codes.indexOf(code);
    if (j < 0) {
      j = seg.codes.length;
      seg.codes.push(code);
      seg.counts.push(0);
    }
    const before = seg.counts[j] as number;
    const after = before + delta;
    if (after === 0) {
      seg.codes.splice(j, 1);
      seg.counts.splice(j, 1);
    } else seg.counts[j] = after;
    bump(this.refs, code, delta);
    if (before === 0) bump(this.sources, code, 1);
    else if (after === 0) bump(this.sources, code, -1);
  }

  private changed(seg: Segment): void {
    seg.sorted = null;
    this.all = null;
  }

  /**
   * Adds a coding; a coding with the same id is replaced. `isNew` (a coding the database has
   * just created, so in no other document) skips the search of the other documents for its id.
   */
  add(c: Coding, isNew = false): void {
    let seg = this.segs.get(c.documentId);
    const at = isNew
      ? seg && this.holds(seg, c.id)
        ? seg
        : undefined
      : this.locate(c.id, c.documentId);
    if (at) this.removeFrom(at, c.id);
    seg = this.segs.get(c.documentId);
    if (!seg) {
      seg = {
        documentId: c.documentId,
        pack: null,
        byId: null,
        sorted: null,
        codes: [],
        counts: [],
        size: 0,
      };
      this.segs.set(c.documentId, seg);
    }
    this.built(seg).set(c.id, c);
    seg.size++;
    this.total++;
    this.count(seg, c.codeId, 1);
    this.changed(seg);
  }

  /** Replaces a coding (by id), e.g. after a range or code change. */
  update(c: Coding): void {
    this.add(c);
  }

  private removeFrom(seg: Segment, id: CodingId): Coding | undefined {
    const byId = this.built(seg);
    const c = byId.get(id);
    if (!c) return undefined;
    byId.delete(id);
    seg.size--;
    this.total--;
    this.count(seg, c.codeId, -1);
    this.changed(seg);
    if (seg.size === 0) {
      this.segs.delete(seg.documentId);
      this.hot.delete(seg);
    }
    return c;
  }

  /**
   * Removes a coding; returns it, or undefined if it was not there. `documentId`, when known,
   * is looked in first.
   */
  remove(id: CodingId, documentId?: DocumentId): Coding | undefined {
    const seg = this.locate(id, documentId);
    return seg ? this.removeFrom(seg, id) : undefined;
  }

  clear(): void {
    this.segs.clear();
    this.hot.clear();
    this.refs.clear();
    this.sources.clear();
    this.total = 0;
    this.all = null;
  }

  byCode(codeId: CodeId): Coding[] {
    return this.select((code) => code === codeId);
  }

  select(keep: (codeId: CodeId, documentId: DocumentId) => boolean): Coding[] {
    const out: Coding[] = [];
    for (const seg of this.segs.values()) {
      const wanted = seg.codes.filter((code) => keep(code, seg.documentId));
      if (wanted.length === 0) continue;
      for (const c of this.built(seg).values()) if (wanted.includes(c.codeId)) out.push(c);
    }
    return out;
  }

  byDocument(documentId: DocumentId): Coding[] {
    const seg = this.segs.get(documentId);
    if (!seg) return [];
    const byId = this.built(seg);
    seg.sorted ??= [...byId.values()].sort(textOrder);
    return [...seg.sorted];
  }

  referenceCount(codeId: CodeId): number {
    return this.refs.get(codeId) ?? 0;
  }

  sourceCount(codeId: CodeId): number {
    return this.sources.get(codeId) ?? 0;
  }

  documentsOf(codeId: CodeId): DocumentId[] {
    const out: DocumentId[] = [];
    for (const seg of this.segs.values()) if (seg.codes.includes(codeId)) out.push(seg.documentId);
    return out;
  }

  countByDocument(documentId: DocumentId): number {
    return this.segs.get(documentId)?.size ?? 0;
  }
}

function bump<K>(m: Map<K, number>, key: K, delta: number): void {
  const n = (m.get(key) ?? 0) + delta;
  if (n === 0) m.delete(key);
  else m.set(key, n);
}
