// The memo manager's rows: every memo of the project — on the project, documents, codes, cases
// and codings (coding memos live in the coding packs, not the memos table) — with its target's
// name, title, first line and date, and the Persian-aware search over them. Pure, tested in node.
import type {
  Case,
  CaseId,
  Code,
  CodeId,
  Coding,
  CodingId,
  DocumentId,
  DocumentMeta,
  Memo,
  MemoId,
} from '../model';
import { compileQuery, indexText, matchTerm } from '../search';

export type MemoKind = 'project' | 'document' | 'code' | 'coding' | 'case';
export const MEMO_KINDS: readonly MemoKind[] = ['project', 'document', 'code', 'coding', 'case'];

export interface MemoEntry {
  /** The memo's id, or "coding:<id>" for a coding memo. */
  readonly key: string;
  readonly kind: MemoKind;
  /** The stored memo; null for a coding memo (its text is the coding's `memo`). */
  readonly memoId: MemoId | null;
  readonly codingId: CodingId | null;
  /** The document, code or case the memo is on (a coding's: its code); null for the project. */
  readonly targetId: string | null;
  /** The document, code or case's name; for a coding, "code · document". '' for the project. */
  readonly targetName: string;
  /** Where "open" goes: the document (document and coding memos) and passage (coding memos). */
  readonly documentId: DocumentId | null;
  readonly range: { readonly start: number; readonly end: number } | null;
  readonly title: string;
  /** The first non-empty line of the text. */
  readonly firstLine: string;
  readonly text: string;
  /** Last change (coding memos: the coding's creation; codings keep no edit date). */
  readonly updatedAt: number;
}

export interface MemoSources {
  readonly memos: readonly Memo[];
  readonly codings: Iterable<Coding>;
  readonly documents: readonly DocumentMeta[];
  readonly codes: readonly Code[];
  readonly cases: readonly Case[];
}

export function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/)) if (line.trim()) return line.trim();
  return '';
}

/** Every memo as a row, the most recently changed first. */
export function memoEntries(s: MemoSources): MemoEntry[] {
  const docs = new Map<DocumentId, string>(s.documents.map((d) => [d.id, d.title]));
  const codes = new Map<CodeId, string>(s.codes.map((c) => [c.id, c.name]));
  const cases = new Map<CaseId, string>(s.cases.map((c) => [c.id, c.name]));
  const out: MemoEntry[] = [];
  for (const m of s.memos) {
    const t = m.target;
    const targetId = t.kind === 'project' ? null : t.id;
    const targetName =
      t.kind === 'document'
        ? (docs.get(t.id) ?? '')
        : t.kind === 'code'
          ? (codes.get(t.id) ?? '')
          : t.kind === 'case'
            ? (cases.get(t.id) ?? '')
            : '';
    out.push({
      key: m.id,
      kind: t.kind,
      memoId: m.id,
      codingId: null,
      targetId,
      targetName,
      documentId: t.kind === 'document' ? t.id : null,
      range: null,
      title: m.title,
      firstLine: firstLine(m.text),
      text: m.text,
      updatedAt: m.updatedAt,
    });
  }
  for (const c of s.codings) {
    if (!c.memo.trim()) continue;
    out.push({
      key: `coding:${c.id}`,
      kind: 'coding',
      memoId: null,
      codingId: c.id,
      targetId: c.codeId,
      targetName: `${codes.get(c.codeId) ?? ''} · ${docs.get(c.documentId) ?? ''}`,
      documentId: c.documentId,
      range: { start: c.start, end: c.end },
      title: '',
      firstLine: firstLine(c.memo),
      text: c.memo,
      updatedAt: c.createdAt,
    });
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key));
}

export interface MemoFilter {
  /** Words to find in the title, text or target name (all of them, Persian-aware). */
  readonly query: string;
  /** Kinds to show; empty shows every kind. */
  readonly kinds: ReadonlySet<MemoKind>;
}

/**
 * The entries that pass the filter, in their order. The query goes through the app's search
 * matcher: ي/ك, Persian digits, half-spaces and letter case do not hide a memo.
 */
export function filterMemoEntries(entries: readonly MemoEntry[], f: MemoFilter): MemoEntry[] {
  const terms = compileQuery(f.query, 'all-words');
  return entries.filter((e) => {
    if (f.kinds.size > 0 && !f.kinds.has(e.kind)) return false;
    if (terms.length === 0) return true;
    const doc = indexText(e.key as DocumentId, `${e.title}\n${e.targetName}\n${e.text}`);
    return terms.every((term) => !matchTerm(doc, term, false).next().done);
  });
}

/** How many entries of each kind (the filter's counts). */
export function countByKind(entries: readonly MemoEntry[]): Record<MemoKind, number> {
  const out: Record<MemoKind, number> = { project: 0, document: 0, code: 0, coding: 0, case: 0 };
  for (const e of entries) out[e.kind]++;
  return out;
}
