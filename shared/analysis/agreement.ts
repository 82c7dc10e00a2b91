// Agreement between two coders over characters, the method NVivo users report: for each code
// and each document, every character (Unicode code point) is coded or not by each coder; the 2×2
// table gives percentage agreement and Cohen's kappa. A code's single figure sums its tables over
// all documents in scope; the pooled figure sums them over the codes too. See docs/agreement.md.
import type { Code, CodeId, CoderId, Coding, DocumentId } from '../model';
import { codePointLength, utf16ToCodePointMany } from '../text/offsets';
import {
  addCounts,
  figuresOf,
  NO_COUNTS,
  type AgreementCounts,
  type AgreementFigures,
} from './agreement-figures';
import { exclusiveRuns, mergeSpans, spansLength, type Span } from './agreement-intervals';
import { codeTree } from './code-tree';

export * from './agreement-figures';

/** A document in scope, its text included (offsets become code points through it). */
export interface AgreementDocument {
  readonly id: DocumentId;
  readonly title: string;
  readonly text: string;
}

/** A document ready for counting: its length in code points, and whether it needs converting. */
export interface PreparedDocument extends AgreementDocument {
  readonly codePoints: number;
  /** True when the text holds a surrogate pair, so UTF-16 offsets and code points differ. */
  readonly astral: boolean;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Prepares the documents once; the app keeps the result while texts do not change. */
export function prepareDocuments(docs: readonly AgreementDocument[]): PreparedDocument[] {
  return docs.map((d) => {
    const astral = SURROGATE.test(d.text);
    return { ...d, astral, codePoints: astral ? codePointLength(d.text) : d.text.length };
  });
}

export interface AgreementInput {
  readonly codes: readonly Code[];
  /** The documents in scope; codings elsewhere are left out. */
  readonly documents: readonly PreparedDocument[];
  readonly codings: Iterable<Coding>;
  readonly coderA: CoderId;
  readonly coderB: CoderId;
}

export interface CodeAgreementRow {
  readonly codeId: CodeId;
  readonly name: string;
  /** Names from the root down, this code last. */
  readonly path: readonly string[];
  readonly figures: AgreementFigures;
}

export interface DocumentAgreementRow {
  readonly documentId: DocumentId;
  readonly title: string;
  /** Pooled over the codes of the table in this document. */
  readonly figures: AgreementFigures;
}

export interface CellAgreementRow {
  readonly codeId: CodeId;
  readonly documentId: DocumentId;
  readonly figures: AgreementFigures;
}

/** A maximal run of characters one coder coded with a code and the other did not. */
export interface DisagreementPassage {
  readonly codeId: CodeId;
  readonly documentId: DocumentId;
  /** Which coder coded it: 'a' (coderA) or 'b' (coderB). */
  readonly coder: 'a' | 'b';
  /** UTF-16 offsets into the document's text, for retrieval and opening the transcript. */
  readonly start: number;
  readonly end: number;
  /** Its length in code points (the characters counted). */
  readonly characters: number;
  readonly text: string;
}

export interface AgreementResult {
  readonly coderA: CoderId;
  readonly coderB: CoderId;
  /** Codes either coder used, in tree order. */
  readonly codes: readonly CodeAgreementRow[];
  readonly pooled: AgreementFigures;
  /** Every document in scope, in the order given. */
  readonly documents: readonly DocumentAgreementRow[];
  /** Code × document tables where either coder coded. */
  readonly cells: readonly CellAgreementRow[];
  readonly passages: readonly DisagreementPassage[];
}

interface Pair {
  a: Span[];
  b: Span[];
}

/** The codings of the two coders, by document then code, clamped to the text. */
function groupCodings(input: AgreementInput, docs: ReadonlyMap<DocumentId, PreparedDocument>) {
  const byDoc = new Map<DocumentId, Map<CodeId, Pair>>();
  for (const c of input.codings) {
    const side = c.coderId === input.coderA ? 'a' : c.coderId === input.coderB ? 'b' : null;
    if (side === null) continue;
    const doc = docs.get(c.documentId);
    if (!doc) continue;
    const start = Math.max(0, c.start);
    const end = Math.min(doc.text.length, c.end);
    if (end <= start) continue;
    let codes = byDoc.get(c.documentId);
    if (!codes) byDoc.set(c.documentId, (codes = new Map()));
    let pair = codes.get(c.codeId);
    if (!pair) codes.set(c.codeId, (pair = { a: [], b: [] }));
    pair[side].push({ start, end });
  }
  return byDoc;
}

/** Code-point length of a span of UTF-16 offsets, through the document's endpoint map. */
function measureOf(doc: PreparedDocument, codes: ReadonlyMap<CodeId, Pair>): (s: Span) => number {
  if (!doc.astral) return (s) => s.end - s.start;
  const offsets: number[] = [];
  for (const pair of codes.values()) {
    for (const s of pair.a) offsets.push(s.start, s.end);
    for (const s of pair.b) offsets.push(s.start, s.end);
  }
  const cps = utf16ToCodePointMany(doc.text, offsets);
  const map = new Map<number, number>();
  offsets.forEach((o, k) => map.set(o, cps[k] as number));
  return (s) => (map.get(s.end) as number) - (map.get(s.start) as number);
}

/** Mutable sums of the coded cells (both, A only, B only); "neither" follows from the total. */
interface Coded {
  both: number;
  onlyA: number;
  onlyB: number;
}

function add(into: Map<string, Coded>, key: string, c: AgreementCounts): void {
  const sum = into.get(key);
  if (sum) {
    sum.both += c.both;
    sum.onlyA += c.onlyA;
    sum.onlyB += c.onlyB;
  } else into.set(key, { both: c.both, onlyA: c.onlyA, onlyB: c.onlyB });
}

export function computeAgreement(input: AgreementInput): AgreementResult {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const byDoc = groupCodings(input, docs);
  const perCode = new Map<string, Coded>();
  const perDoc = new Map<string, Coded>();
  const cells: CellAgreementRow[] = [];
  const passages: DisagreementPassage[] = [];
  const known = new Set(input.codes.map((c) => c.id));
  for (const [docId, codes] of byDoc) {
    const doc = docs.get(docId) as PreparedDocument;
    const measure = measureOf(doc, codes);
    for (const [codeId, pair] of codes) {
      if (!known.has(codeId)) continue;
      const a = mergeSpans(pair.a);
      const b = mergeSpans(pair.b);
      // The runs where exactly one coder coded give both "only" cells and the passages at once;
      // "both" is what is left of A's characters.
      let onlyA = 0;
      let onlyB = 0;
      for (const run of exclusiveRuns(a, b)) {
        const characters = measure(run);
        if (run.side === 'a') onlyA += characters;
        else onlyB += characters;
        passages.push({
          codeId,
          documentId: docId,
          coder: run.side,
          start: run.start,
          end: run.end,
          characters,
          text: doc.text.slice(run.start, run.end),
        });
      }
      const both = spansLength(a, measure) - onlyA;
      const neither = doc.codePoints - both - onlyA - onlyB;
      const counts = { both, onlyA, onlyB, neither };
      cells.push({ codeId, documentId: docId, figures: figuresOf(counts) });
      // The characters nobody coded in every document in scope count as "neither" once the
      // code's (or the document's) total is known, below.
      add(perCode, codeId, counts);
      add(perDoc, docId, counts);
    }
  }
  const totalChars = input.documents.reduce((n, d) => n + d.codePoints, 0);
  const withNeither = (c: Coded, total: number): AgreementCounts => ({
    both: c.both,
    onlyA: c.onlyA,
    onlyB: c.onlyB,
    neither: total - c.both - c.onlyA - c.onlyB,
  });
  const codes: CodeAgreementRow[] = [];
  let pooled = NO_COUNTS;
  for (const node of codeTree(input.codes)) {
    const c = perCode.get(node.code.id);
    if (!c) continue;
    const counts = withNeither(c, totalChars);
    pooled = addCounts(pooled, counts);
    codes.push({
      codeId: node.code.id,
      name: node.code.name,
      path: node.path,
      figures: figuresOf(counts),
    });
  }
  const documents = input.documents.map((d) => ({
    documentId: d.id,
    title: d.title,
    figures: figuresOf(withNeither(perDoc.get(d.id) ?? NO_COUNTS, d.codePoints * codes.length)),
  }));
  return {
    coderA: input.coderA,
    coderB: input.coderB,
    codes,
    pooled: figuresOf(pooled),
    documents,
    cells,
    passages,
  };
}
