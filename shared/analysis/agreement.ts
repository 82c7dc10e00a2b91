// Agreement between two coders over characters, the method NVivo users report: for each code
// and each document, every character (Unicode code point) is coded or not by each coder; the 2×2
// table gives percentage agreement and Cohen's kappa. A code's single figure sums its tables over
// all documents in scope; the pooled figure sums them over the codes too. See docs/agreement.md.
import type { Code, CodeId, CoderId, Coding, DocumentId } from '../model';
import { codePointLength } from '../text/offsets';
import {
  addCounts,
  figuresOf,
  NO_COUNTS,
  type AgreementCounts,
  type AgreementFigures,
} from './agreement-figures';
import { countGroup, measureOf, UTF16, type GroupWork } from './agreement-group-count';
import { groupCodings } from './agreement-groups';
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

/** Sums of the coded cells (both, A only, B only) per index; "neither" follows from the total. */
class CodedSums {
  readonly sums: Float64Array;
  readonly used: Uint8Array;
  constructor(size: number) {
    this.sums = new Float64Array(3 * size);
    this.used = new Uint8Array(size);
  }
  add(i: number, c: AgreementCounts): void {
    const s = this.sums;
    s[3 * i] = (s[3 * i] as number) + c.both;
    s[3 * i + 1] = (s[3 * i + 1] as number) + c.onlyA;
    s[3 * i + 2] = (s[3 * i + 2] as number) + c.onlyB;
    this.used[i] = 1;
  }
  withNeither(i: number, total: number): AgreementCounts {
    const both = this.sums[3 * i] as number;
    const onlyA = this.sums[3 * i + 1] as number;
    const onlyB = this.sums[3 * i + 2] as number;
    return { both, onlyA, onlyB, neither: total - both - onlyA - onlyB };
  }
}

export function computeAgreement(input: AgreementInput): AgreementResult {
  const docs = input.documents;
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const codeIndex = new Map(input.codes.map((c, i) => [c.id, i]));
  const groups = groupCodings({
    codings: input.codings,
    coderA: input.coderA,
    coderB: input.coderB,
    docIndex,
    textLengths: docs.map((d) => d.text.length),
    codeIndex,
    codeCount: input.codes.length,
  });
  const perCode = new CodedSums(input.codes.length);
  const perDoc = new CodedSums(docs.length);
  const cells: CellAgreementRow[] = [];
  const passages: DisagreementPassage[] = [];
  const w: GroupWork = {
    doc: docs[0] as PreparedDocument,
    codeId: '' as CodeId,
    measure: UTF16,
    onlyA: 0,
    onlyB: 0,
    passages,
  };
  for (let gi = 0; gi < groups.count; gi++) {
    const di = groups.doc[gi] as number;
    const ki = groups.code[gi] as number;
    const doc = docs[di] as PreparedDocument;
    const codeId = (input.codes[ki] as Code).id;
    const from = groups.from[gi] as number;
    const to = groups.from[gi + 1] as number;
    // A new document: its offsets converted once, over all its groups (astral texts only).
    if (gi === 0 || groups.doc[gi - 1] !== di) {
      let last = gi;
      while (last + 1 < groups.count && groups.doc[last + 1] === di) last++;
      w.measure = measureOf(doc, groups, from, groups.from[last + 1] as number);
    }
    w.doc = doc;
    w.codeId = codeId;
    w.onlyA = 0;
    w.onlyB = 0;
    const both = countGroup(w, groups, from, to);
    const { onlyA, onlyB } = w;
    const neither = doc.codePoints - both - onlyA - onlyB;
    const counts = { both, onlyA, onlyB, neither };
    cells.push({ codeId, documentId: doc.id, figures: figuresOf(counts) });
    // The characters nobody coded in every document in scope count as "neither" once the
    // code's (or the document's) total is known, below.
    perCode.add(ki, counts);
    perDoc.add(di, counts);
  }
  const totalChars = docs.reduce((n, d) => n + d.codePoints, 0);
  const codes: CodeAgreementRow[] = [];
  let pooled = NO_COUNTS;
  for (const node of codeTree(input.codes)) {
    const ki = codeIndex.get(node.code.id) as number;
    if (!perCode.used[ki]) continue;
    const counts = perCode.withNeither(ki, totalChars);
    pooled = addCounts(pooled, counts);
    codes.push({
      codeId: node.code.id,
      name: node.code.name,
      path: node.path,
      figures: figuresOf(counts),
    });
  }
  const documents = docs.map((d, i) => ({
    documentId: d.id,
    title: d.title,
    // A document nobody coded in sums to zero: all its characters are "neither".
    figures: figuresOf(perDoc.withNeither(i, d.codePoints * codes.length)),
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
