// Krippendorff's alpha over units the researcher chooses: paragraphs or speaker turns × codes.
// Each unit is (a paragraph, a code); each coder's value is 1 when they coded any character of
// that paragraph with that code, else 0. A coder with no coding at all in a document did not code
// it: their values there are missing, not 0. Built from the codings (no coders × units matrix in
// memory: 1,000 interviews × 50 paragraphs × 200 codes would be ten million cells).
import type { Code, CodeId, CoderId, Coding, DocumentId } from '../model';
import { findSpeakerTurns } from '../import/speaker-turns';
import type { AgreementDocument } from './agreement';
import type { Span } from './agreement-intervals';
import { codeTree } from './code-tree';
import { alphaFromCoincidences, type AlphaResult } from './krippendorff';

export type AlphaUnitKind = 'paragraph' | 'turn';

/**
 * Paragraphs as the importers write them: non-empty lines (shared/import/text-cleanup.ts,
 * countParagraphs), as UTF-16 ranges without the line break.
 */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  // A line with something other than white space; the match starts at its line's start.
  for (const m of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Speaker turns (shared/import/speaker-turns.ts); a document without turns falls back to paragraphs. */
export function turnSpans(text: string): Span[] {
  const turns = findSpeakerTurns(text);
  return turns.length > 0
    ? turns.map((t) => ({ start: t.start, end: t.end }))
    : paragraphSpans(text);
}

export interface UnitAlphaInput {
  readonly codes: readonly Code[];
  readonly documents: readonly AgreementDocument[];
  readonly codings: Iterable<Coding>;
  /** The coders compared (two or more). */
  readonly coders: readonly CoderId[];
  readonly unit: AlphaUnitKind;
}

export interface UnitAlphaRow {
  readonly codeId: CodeId;
  readonly name: string;
  readonly path: readonly string[];
  readonly alpha: AlphaResult;
}

export interface UnitAlphaResult {
  readonly unit: AlphaUnitKind;
  /** Over all codes either coder used: units are (paragraph, code). */
  readonly pooled: AlphaResult;
  readonly codes: readonly UnitAlphaRow[];
  /** Units in scope (paragraphs × codes), pairable or not. */
  readonly units: number;
  readonly coders: number;
}

/** Index of the first span whose end is after `offset` (spans sorted and disjoint). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A 2×2 coincidence matrix of the values 0 and 1: [o00, o01, o10, o11]. */
type Binary = Float64Array;

function addUnit(o: Binary, m: number, ones: number, times = 1): void {
  const zeros = m - ones;
  o[0]! += (times * zeros * (zeros - 1)) / (m - 1);
  o[1]! += (times * zeros * ones) / (m - 1);
  o[2]! += (times * zeros * ones) / (m - 1);
  o[3]! += (times * ones * (ones - 1)) / (m - 1);
}

export function computeUnitAlpha(input: UnitAlphaInput): UnitAlphaResult {
  const coderSet = new Set(input.coders);
  const docs = new Map<DocumentId, AgreementDocument>(input.documents.map((d) => [d.id, d]));
  const known = new Set(input.codes.map((c) => c.id));
  // document → code → unit index → coders who coded it
  const marks = new Map<DocumentId, Map<CodeId, Map<number, Set<CoderId>>>>();
  const codersIn = new Map<DocumentId, Set<CoderId>>();
  const spansOf = new Map<DocumentId, Span[]>();
  const used = new Set<CodeId>();
  for (const c of input.codings) {
    if (c.coderId === null || !coderSet.has(c.coderId) || !known.has(c.codeId)) continue;
    const doc = docs.get(c.documentId);
    if (!doc) continue;
    let present = codersIn.get(doc.id);
    if (!present) codersIn.set(doc.id, (present = new Set()));
    present.add(c.coderId);
    used.add(c.codeId);
    let spans = spansOf.get(doc.id);
    if (!spans) {
      spans = input.unit === 'turn' ? turnSpans(doc.text) : paragraphSpans(doc.text);
      spansOf.set(doc.id, spans);
    }
    let byCode = marks.get(doc.id);
    if (!byCode) marks.set(doc.id, (byCode = new Map()));
    let byUnit = byCode.get(c.codeId);
    if (!byUnit) byCode.set(c.codeId, (byUnit = new Map()));
    for (let i = firstEndingAfter(spans, c.start); i < spans.length; i++) {
      if ((spans[i] as Span).start >= c.end) break;
      let who = byUnit.get(i);
      if (!who) byUnit.set(i, (who = new Set()));
      who.add(c.coderId);
    }
  }
  const perCode = new Map<CodeId, Binary>();
  for (const id of used) perCode.set(id, new Float64Array(4));
  let units = 0;
  let pairable = 0;
  for (const doc of input.documents) {
    const unitCount = (
      spansOf.get(doc.id) ??
      (input.unit === 'turn' ? turnSpans(doc.text) : paragraphSpans(doc.text))
    ).length;
    units += unitCount * used.size;
    const m = codersIn.get(doc.id)?.size ?? 0;
    if (m < 2) continue;
    pairable += unitCount * used.size;
    const byCode = marks.get(doc.id);
    for (const id of used) {
      const o = perCode.get(id) as Binary;
      const byUnit = byCode?.get(id);
      let touched = 0;
      for (const who of byUnit?.values() ?? []) {
        addUnit(o, m, who.size);
        touched++;
      }
      // Units nobody coded with this code: m zeros each.
      addUnit(o, m, 0, unitCount - touched);
    }
  }
  const pooled = new Float64Array(4);
  const rows: UnitAlphaRow[] = [];
  const alphaOf = (o: Binary): AlphaResult =>
    alphaFromCoincidences({ values: [0, 1], o, pairableUnits: 0 }, 'nominal');
  for (const node of codeTree(input.codes)) {
    const o = perCode.get(node.code.id);
    if (!o) continue;
    for (let k = 0; k < 4; k++) pooled[k]! += o[k] as number;
    const r = alphaOf(o);
    rows.push({
      codeId: node.code.id,
      name: node.code.name,
      path: node.path,
      alpha: { ...r, pairableUnits: used.size > 0 ? pairable / used.size : 0 },
    });
  }
  return {
    unit: input.unit,
    pooled: { ...alphaOf(pooled), pairableUnits: pairable },
    codes: rows,
    units,
    coders: input.coders.length,
  };
}
