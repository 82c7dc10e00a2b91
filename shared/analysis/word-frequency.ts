// Word frequency over the whole project, a set of documents, or the passages of a code. Pure:
// texts and codings in, rows out; the table, the word cloud, the CLI and the report render the
// same rows. Words are keyed as the search keys them (word-frequency-tokens.ts).
import type { CodeId, DocumentId } from '../model/ids';
import type { Code, Coding } from '../model/types';
import { forEachWord, keyFromSearchKey, wordKey } from './word-frequency-tokens';

export type WordScope =
  | { readonly kind: 'project' }
  | { readonly kind: 'documents'; readonly documentIds: readonly DocumentId[] }
  /** The passages coded with this code or any code under it in the tree. */
  | { readonly kind: 'code'; readonly codeId: CodeId }
  /** Every coded passage, whatever its code (`mazmun words --coder`: what these coders coded). */
  | { readonly kind: 'coded' };

export interface WordText {
  readonly id: DocumentId;
  readonly text: string;
  /** The stored search key (documentTexts.searchText); recomputed when missing or stale. */
  readonly searchText?: string;
}

/** A stretch of one document to count: the whole text, or a coded passage. */
export interface WordSegment {
  readonly documentId: DocumentId;
  readonly text: string;
  /**
   * The text's search key when it is stored (same length as the text), else null: then each
   * distinct written form is keyed once (normalizing a whole 5M-word project costs ~1 µs a
   * character; its distinct forms are a few thousand).
   */
  readonly key: string | null;
  readonly start: number;
  readonly end: number;
}

export interface WordRow {
  /** The word as the search keys it (what a click searches for). */
  readonly key: string;
  /** The original form written most often (ties: the key's own form, else the first met). */
  readonly word: string;
  readonly count: number;
  /** Documents the word occurs in. */
  readonly documents: number;
  /** Share of the words counted (stop words left out), 0–100. */
  readonly percent: number;
}

export interface WordFrequency {
  /** Every word counted, most frequent first (ties: more documents, then by key). */
  readonly rows: readonly WordRow[];
  /** Words counted (stop words left out): the base of `percent`. */
  readonly tokens: number;
  /** All words in scope, stop words included. */
  readonly allTokens: number;
  /** Documents in scope. */
  readonly documents: number;
}

function keyOf(t: WordText): string | null {
  return t.searchText !== undefined && t.searchText.length === t.text.length ? t.searchText : null;
}

/** The ids of a code and every code under it. */
function codeAndDescendants(codes: readonly Pick<Code, 'id' | 'parentId'>[], root: CodeId) {
  const children = new Map<CodeId, CodeId[]>();
  for (const c of codes) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out = new Set<CodeId>([root]);
  const stack = [root];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop() as CodeId) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}

/** Merges overlapping or touching ranges so that no character is counted twice. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * The segments a scope covers: whole texts, or the passages of a code (and its sub-codes) or of
 * any code, overlapping passages of one document merged. Texts come in the order given.
 */
export function scopeSegments(
  scope: WordScope,
  texts: readonly WordText[],
  codes: readonly Pick<Code, 'id' | 'parentId'>[] = [],
  codings: readonly Pick<Coding, 'documentId' | 'codeId' | 'start' | 'end'>[] = [],
): WordSegment[] {
  if (scope.kind === 'project' || scope.kind === 'documents') {
    const wanted = scope.kind === 'documents' ? new Set(scope.documentIds) : null;
    return texts
      .filter((t) => !wanted || wanted.has(t.id))
      .map((t) => ({
        documentId: t.id,
        text: t.text,
        key: keyOf(t),
        start: 0,
        end: t.text.length,
      }));
  }
  const inCode = scope.kind === 'code' ? codeAndDescendants(codes, scope.codeId) : null;
  const byDoc = new Map<DocumentId, [number, number][]>();
  for (const c of codings) {
    if ((inCode && !inCode.has(c.codeId)) || c.end <= c.start) continue;
    const list = byDoc.get(c.documentId) ?? [];
    list.push([c.start, c.end]);
    byDoc.set(c.documentId, list);
  }
  const out: WordSegment[] = [];
  for (const t of texts) {
    const ranges = byDoc.get(t.id);
    if (!ranges) continue;
    const key = keyOf(t);
    for (const [start, end] of mergeRanges(ranges)) {
      out.push({ documentId: t.id, text: t.text, key, start, end: Math.min(end, t.text.length) });
    }
  }
  return out;
}

/** Whether text and key hold the same units over [s, e) (the original is its own key there). */
function sameUnits(text: string, key: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) !== key.charCodeAt(i)) return false;
  return true;
}

interface Tally {
  count: number;
  documents: number;
  lastDoc: DocumentId | null;
  /** Occurrences written exactly as the key (most of them): counted without a string. */
  asKey: number;
  /** The other original forms and their counts. */
  forms: Map<string, number>;
}

/**
 * Counts words chunk by chunk (the app reads texts 20 documents at a time and lets them go), so
 * that a large project is never held twice. One document's segments come in one `add`.
 */
export class WordCounter {
  private readonly tallies = new Map<string, Tally>();
  private readonly docs = new Set<DocumentId>();
  /** Written form → key, for texts without a stored key. */
  private readonly formKeys = new Map<string, string>();
  private tokens = 0;
  private allTokens = 0;

  constructor(private readonly stop: ReadonlySet<string> = new Set()) {}

  add(segments: readonly WordSegment[]): void {
    // One document's segments together, so that a change of document means a new document.
    const grouped = new Map<DocumentId, WordSegment[]>();
    for (const seg of segments) {
      const list = grouped.get(seg.documentId) ?? [];
      list.push(seg);
      grouped.set(seg.documentId, list);
    }
    for (const seg of [...grouped.values()].flat()) this.addSegment(seg);
  }

  private addSegment(seg: WordSegment): void {
    this.docs.add(seg.documentId);
    forEachWord(seg.text, seg.start, seg.end, (s, e) => {
      this.allTokens++;
      let key: string;
      let form: string | null = null; // null: written exactly as its key
      if (seg.key !== null) {
        const keySlice = seg.key.slice(s, e);
        key = keyFromSearchKey(keySlice);
        if (key !== keySlice || !sameUnits(seg.text, seg.key, s, e)) form = seg.text.slice(s, e);
      } else {
        const written = seg.text.slice(s, e);
        let known = this.formKeys.get(written);
        if (known === undefined) {
          known = wordKey(written);
          this.formKeys.set(written, known);
        }
        key = known;
        if (key !== written) form = written;
      }
      if (key === '' || this.stop.has(key)) return;
      this.tokens++;
      let t = this.tallies.get(key);
      if (!t) {
        t = { count: 0, documents: 0, lastDoc: null, asKey: 0, forms: new Map() };
        this.tallies.set(key, t);
      }
      t.count++;
      if (t.lastDoc !== seg.documentId) {
        t.lastDoc = seg.documentId;
        t.documents++;
      }
      if (form === null) t.asKey++;
      else t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
    });
  }

  result(): WordFrequency {
    const rows: WordRow[] = [];
    for (const [key, t] of this.tallies) {
      let word = key;
      let best = t.asKey;
      for (const [form, n] of t.forms) {
        if (n > best) {
          best = n;
          word = form;
        }
      }
      const percent = (100 * t.count) / this.tokens;
      rows.push({ key, word, count: t.count, documents: t.documents, percent });
    }
    rows.sort(
      (a, b) =>
        b.count - a.count ||
        b.documents - a.documents ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    return { rows, tokens: this.tokens, allTokens: this.allTokens, documents: this.docs.size };
  }
}

/** Counts the words of the segments, leaving out the keys in `stop`. */
export function wordFrequency(
  segments: readonly WordSegment[],
  stop: ReadonlySet<string> = new Set(),
): WordFrequency {
  const counter = new WordCounter(stop);
  counter.add(segments);
  return counter.result();
}
