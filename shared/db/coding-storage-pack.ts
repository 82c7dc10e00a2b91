// Pure conversions between codings and coding packs (CodingPackRow, schema v3): one row per
// document holding all its codings as parallel arrays. No database here; coding-storage.ts
// reads and writes the packs.
import type { Coding } from '../model/types';
import type { CodeId, CoderId, CodingId, DocumentId, ProjectId } from '../model/ids';
import { originField } from './mappers';
import type { CodingPackRow } from './rows';

/** The fields a pack stores per coding: a Coding, or a stored v1/v2 CodingRow. */
export interface PackableCoding {
  readonly id: string;
  readonly projectId: string;
  readonly documentId: string;
  readonly codeId: string;
  readonly start: number;
  readonly end: number;
  readonly coderId: string | null;
  readonly memo?: string;
  readonly createdAt: number;
  readonly origin?: Readonly<Record<string, string>>;
}

const textOrder = (a: PackableCoding, b: PackableCoding) =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Interns values into a dictionary; returns each value's position. */
function dictionary<T extends string>() {
  const list: T[] = [];
  const at = new Map<T, number>();
  return {
    list,
    of(v: T): number {
      let i = at.get(v);
      if (i === undefined) {
        i = list.length;
        list.push(v);
        at.set(v, i);
      }
      return i;
    },
  };
}

/**
 * One pack for one document's codings (all with this documentId), in text order. The pack's
 * projectId is the first coding's: callers never mix projects in one document.
 */
export function packDocument(codings: readonly PackableCoding[]): CodingPackRow {
  const first = codings[0];
  if (!first) throw new Error('A coding pack needs at least one coding.');
  const sorted = [...codings].sort(textOrder);
  const n = sorted.length;
  const codes = dictionary<string>();
  const coders = dictionary<string>();
  const pack: CodingPackRow = {
    documentId: first.documentId,
    projectId: first.projectId,
    ids: new Array<string>(n),
    codes: codes.list,
    codeOf: new Int32Array(n),
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    createdAts: new Float64Array(n),
    coders: coders.list,
    coderOf: new Int32Array(n),
    memoOf: [],
    memos: [],
  };
  for (let i = 0; i < n; i++) {
    const c = sorted[i] as PackableCoding;
    pack.ids[i] = c.id;
    pack.codeOf[i] = codes.of(c.codeId);
    pack.starts[i] = c.start;
    pack.ends[i] = c.end;
    pack.createdAts[i] = c.createdAt;
    pack.coderOf[i] = c.coderId ? coders.of(c.coderId) : -1;
    if (c.memo) {
      pack.memoOf.push(i);
      pack.memos.push(c.memo);
    }
    if (c.origin) {
      // Only imported codings carry one: the columns appear in packs that need them.
      (pack.originOf ??= []).push(i);
      (pack.origins ??= []).push({ ...c.origin });
    }
  }
  return pack;
}

/** Groups codings by document and packs each group (documents in first-seen order). */
export function packCodings(codings: Iterable<PackableCoding>): CodingPackRow[] {
  const byDoc = new Map<string, PackableCoding[]>();
  for (const c of codings) {
    const list = byDoc.get(c.documentId);
    if (list) list.push(c);
    else byDoc.set(c.documentId, [c]);
  }
  return [...byDoc.values()].map(packDocument);
}

/** Why a pack read back from disk cannot be trusted, or null when it is whole. */
export function packProblem(p: CodingPackRow): string | null {
  if (!p || typeof p.documentId !== 'string' || !Array.isArray(p.ids)) return 'it is not a pack';
  const n = p.ids.length;
  const sized = [p.codeOf, p.starts, p.ends, p.createdAts, p.coderOf];
  if (sized.some((a) => !a || a.length !== n)) return 'its columns differ in length';
  if (!Array.isArray(p.codes) || !Array.isArray(p.coders)) return 'it has no code list';
  for (let i = 0; i < n; i++) {
    const code = p.codeOf[i] as number;
    const coder = p.coderOf[i] as number;
    if (code < 0 || code >= p.codes.length || coder < -1 || coder >= p.coders.length) {
      return 'a coding points past its code or coder list';
    }
  }
  if (!Array.isArray(p.memoOf) || !Array.isArray(p.memos) || p.memoOf.length !== p.memos.length)
    return 'its memos are misaligned';
  if ((p.originOf?.length ?? 0) !== (p.origins?.length ?? 0)) return 'its origins are misaligned';
  return null;
}

/** Throws, naming the document, when a pack cannot be trusted (see packProblem). */
export function assertPack(p: CodingPackRow): void {
  const problem = packProblem(p);
  if (problem)
    throw new Error(`The codings of document ${String(p?.documentId)} are damaged: ${problem}.`);
}

/**
 * The codings of a pack, in text order. Throws on a damaged pack: the caller's transaction
 * aborts and the message says which document, rather than codings silently vanishing.
 */
export function unpackCodings(p: CodingPackRow): Coding[] {
  assertPack(p);
  const n = p.ids.length;
  const memoAt = new Map<number, string>();
  for (let k = 0; k < p.memoOf.length; k++) memoAt.set(p.memoOf[k] as number, p.memos[k] ?? '');
  const originAt = new Map<number, Record<string, string>>();
  p.originOf?.forEach((i, k) => {
    const o = originField(p.origins?.[k]).origin;
    if (o) originAt.set(i, o);
  });
  const projectId = p.projectId as ProjectId;
  const documentId = p.documentId as DocumentId;
  const out = new Array<Coding>(n);
  for (let i = 0; i < n; i++) {
    const coder = p.coderOf[i] as number;
    out[i] = {
      id: p.ids[i] as CodingId,
      projectId,
      documentId,
      codeId: p.codes[p.codeOf[i] as number] as CodeId,
      start: p.starts[i] as number,
      end: p.ends[i] as number,
      coderId: coder < 0 ? null : (p.coders[coder] as CoderId),
      memo: memoAt.get(i) ?? '',
      createdAt: p.createdAts[i] as number,
    };
    const origin = originAt.get(i);
    if (origin) out[i] = { ...(out[i] as Coding), origin };
  }
  return out;
}
