// Retrieval: the coded passages of chosen codes, combined with OR (any chosen code) or AND (the
// stretch of text every chosen code covers), and the context around a passage. Pure: plain
// arrays in, rows out; the view, its CSV export and tests read the same rows.
import type { Code, CodeId, CoderId, Coding, CodingId, DocumentId } from '../model';
import { pageAt, type PageStart } from '../text/pages';
import { codeTree } from './code-tree';

export type RetrievalMode = 'and' | 'or';

export interface RetrievalInput {
  readonly codes: readonly Code[];
  readonly codings: Iterable<Coding>;
  readonly codeIds: readonly CodeId[];
  readonly mode: RetrievalMode;
  /** A chosen code also stands for its sub-codes (a theme retrieves what was coded below it). */
  readonly includeSubcodes?: boolean;
  /** Only these documents (e.g. those whose case passes an attribute filter); all when absent. */
  readonly documentIds?: ReadonlySet<DocumentId>;
  /** Only codings by these coders (null: codings without a coder); all coders when absent. */
  readonly coderIds?: ReadonlySet<CoderId | null>;
  /** Page starts of documents imported with pages (shared/text/pages.ts): passages get `page`. */
  readonly pageStarts?: ReadonlyMap<DocumentId, readonly PageStart[]>;
}

export interface RetrievedPassage {
  readonly documentId: DocumentId;
  /** UTF-16 offsets, start inclusive, end exclusive. Under AND, the intersection. */
  readonly start: number;
  readonly end: number;
  /** The chosen codes (not sub-codes) this passage answers, in the order they were chosen. */
  readonly codeIds: readonly CodeId[];
  /** The codings that make up the passage (under AND: every coding overlapping the intersection). */
  readonly codingIds: readonly CodingId[];
  /** Memos of those codings, non-empty ones only. */
  readonly memos: readonly string[];
  /** The page the passage starts on, when its document has pages (a PDF import). */
  readonly page?: number;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Which chosen codes each code id counts for: itself and, with sub-codes, its chosen ancestors. */
function chosenFor(input: RetrievalInput): Map<CodeId, CodeId[]> {
  const picked = new Set(input.codeIds);
  const out = new Map<CodeId, CodeId[]>();
  if (!input.includeSubcodes) {
    for (const id of picked) out.set(id, [id]);
    return out;
  }
  for (const node of codeTree(input.codes)) {
    const targets = input.codeIds.filter((id) => node.lineage.includes(id));
    if (targets.length > 0) out.set(node.code.id, targets);
  }
  return out;
}

/** The union of spans, sorted and merged (touching spans stay apart: they share no character). */
export function unionSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The pairwise intersections of two sorted, disjoint span lists. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

const byPosition = (a: RetrievedPassage, b: RetrievedPassage, order: Map<DocumentId, number>) =>
  (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) ||
  a.start - b.start ||
  a.end - b.end;

/**
 * The passages of the chosen codes. OR: every coded passage of any chosen code (identical ranges in
 * one document are one passage listing all its codes). AND: in each document, the ranges covered by
 * a coding of every chosen code at once, with the codings that overlap each range.
 * Sorted by document (first appearance order of `documentOrder`, else id) then position.
 */
export function retrievePassages(
  input: RetrievalInput,
  documentOrder: readonly DocumentId[] = [],
): RetrievedPassage[] {
  const chosen = input.codeIds.filter((id, i, all) => all.indexOf(id) === i);
  if (chosen.length === 0) return [];
  const map = chosenFor({ ...input, codeIds: chosen });
  // documentId -> chosen code -> codings
  const perDoc = new Map<DocumentId, Map<CodeId, Coding[]>>();
  for (const c of input.codings) {
    const targets = map.get(c.codeId);
    if (!targets) continue;
    if (input.documentIds && !input.documentIds.has(c.documentId)) continue;
    if (input.coderIds && !input.coderIds.has(c.coderId)) continue;
    const byCode = perDoc.get(c.documentId) ?? new Map<CodeId, Coding[]>();
    perDoc.set(c.documentId, byCode);
    for (const t of targets) {
      const list = byCode.get(t) ?? [];
      list.push(c);
      byCode.set(t, list);
    }
  }
  const out: RetrievedPassage[] = [];
  for (const [documentId, byCode] of perDoc) {
    if (input.mode === 'or') out.push(...orPassages(documentId, byCode, chosen));
    else out.push(...andPassages(documentId, byCode, chosen));
  }
  const order = new Map<DocumentId, number>(documentOrder.map((id, i) => [id, i]));
  const fallback = [...perDoc.keys()].sort();
  fallback.forEach((id, i) => {
    if (!order.has(id)) order.set(id, documentOrder.length + i);
  });
  const sorted = out.sort((a, b) => byPosition(a, b, order));
  return input.pageStarts ? withPages(sorted, input.pageStarts) : sorted;
}

function withPages(
  passages: readonly RetrievedPassage[],
  pageStarts: ReadonlyMap<DocumentId, readonly PageStart[]>,
): RetrievedPassage[] {
  return passages.map((p) => {
    const starts = pageStarts.get(p.documentId);
    const page = starts ? pageAt(starts, p.start) : undefined;
    return page === undefined ? p : { ...p, page };
  });
}

function memosOf(codings: readonly Coding[]): string[] {
  return [...new Set(codings.map((c) => c.memo.trim()).filter((m) => m.length > 0))];
}

function orPassages(
  documentId: DocumentId,
  byCode: Map<CodeId, Coding[]>,
  chosen: readonly CodeId[],
): RetrievedPassage[] {
  const byRange = new Map<
    string,
    { start: number; end: number; codes: Set<CodeId>; codings: Map<CodingId, Coding> }
  >();
  for (const code of chosen) {
    for (const c of byCode.get(code) ?? []) {
      const key = `${c.start}:${c.end}`;
      const p = byRange.get(key) ?? {
        start: c.start,
        end: c.end,
        codes: new Set(),
        codings: new Map(),
      };
      p.codes.add(code);
      p.codings.set(c.id, c);
      byRange.set(key, p);
    }
  }
  return [...byRange.values()].map((p) => {
    const codings = [...p.codings.values()];
    return {
      documentId,
      start: p.start,
      end: p.end,
      codeIds: chosen.filter((id) => p.codes.has(id)),
      codingIds: codings.map((c) => c.id),
      memos: memosOf(codings),
    };
  });
}

function andPassages(
  documentId: DocumentId,
  byCode: Map<CodeId, Coding[]>,
  chosen: readonly CodeId[],
): RetrievedPassage[] {
  let common: Span[] | null = null;
  for (const code of chosen) {
    const spans = unionSpans(byCode.get(code) ?? []);
    common = common === null ? spans : intersectSpans(common, spans);
    if (common.length === 0) return [];
  }
  const all = [...new Map([...byCode.values()].flat().map((c) => [c.id, c])).values()];
  return (common ?? []).map((span) => {
    const overlapping = all.filter((c) => c.start < span.end && c.end > span.start);
    return {
      documentId,
      start: span.start,
      end: span.end,
      codeIds: [...chosen],
      codingIds: overlapping.map((c) => c.id),
      memos: memosOf(overlapping),
    };
  });
}

export interface PassageContext {
  readonly before: string;
  readonly match: string;
  readonly after: string;
  /** True when text was cut off before / after the context. */
  readonly clippedBefore: boolean;
  readonly clippedAfter: boolean;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The passage [start, end) of `text` with about `chars` UTF-16 units either side. The context is
 * widened to the nearest word break (within a few characters) so it does not begin or end mid-word,
 * and never splits a surrogate pair. Offsets outside the text are clamped.
 */
export function passageContext(
  text: string,
  start: number,
  end: number,
  chars: number,
): PassageContext {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = Math.max(0, s - chars);
  let to = Math.min(text.length, e + chars);
  // Step back to a word break (whitespace) if one is near: a cut word reads as noise.
  const slack = Math.min(20, chars);
  for (let k = 0; from > 0 && k < slack && !/\s/.test(text[from - 1] ?? ''); k++) from--;
  for (let k = 0; to < text.length && k < slack && !/\s/.test(text[to] ?? ''); k++) to++;
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to++;
  return {
    before: text.slice(from, s),
    match: text.slice(s, e),
    after: text.slice(e, to),
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
  };
}
