import { documentPageStarts } from '../../shared/text/pages';
import { useMemo } from 'react';
import {
  passageContext,
  retrievePassages,
  type PassageContext,
  type RetrievalMode,
  type RetrievedPassage,
} from '../../shared/analysis/retrieval';
import type { Attribute, Case, CodeId, DocumentId, DocumentMeta } from '../../shared/model';
import { normalizeForSearch, toLatinDigits } from '../../shared/text/persian';
import { coderIdsOf, type CoderChoice } from './use-coder-filter';
import { useLoadedTexts } from './use-loaded-texts';
import { useProjectState } from './use-project-store';

export interface CaseFilter {
  readonly attributeId: string;
  readonly value: string;
}

export interface RetrievalQuery {
  readonly codeIds: readonly CodeId[];
  readonly mode: RetrievalMode;
  readonly includeSubcodes: boolean;
  readonly caseFilter: CaseFilter | null;
  /** Whose codings are retrieved ('' or absent: all coders). */
  readonly coder?: CoderChoice;
  /**
   * Only these documents (the workspace's activated ones, a document set); absent: all. Only
   * their codings go into the retrieval, so only their texts are read.
   */
  readonly documentIds?: ReadonlySet<DocumentId>;
}

export interface RetrievalRow {
  readonly key: string;
  readonly passage: RetrievedPassage;
  readonly document: DocumentMeta;
  readonly caseName: string | null;
  /** The codes of the codings that make up the passage (the basic codes under a theme). */
  readonly codeNames: readonly string[];
  /** null until the document's text has loaded. */
  readonly context: PassageContext | null;
}

/** A document's text as read (module-level: useLoadedTexts takes it as a stable function). */
const asIs = (text: string): string => text;

/** Characters of context either side of a passage. */
export const CONTEXT_CHARS = 160;

/** Does a case's value pass the filter? Numbers compare as numbers (any digits), text contains. */
export function casePasses(c: Case, attr: Attribute, wanted: string): boolean {
  const v = c.values[attr.id];
  if (v === undefined || v === null) return false;
  if (attr.type === 'number' || attr.type === 'year') {
    return Number(toLatinDigits(wanted.trim())) === Number(v);
  }
  if (attr.type === 'category') return v === wanted;
  return normalizeForSearch(String(v)).includes(normalizeForSearch(wanted.trim()));
}

/**
 * The passages of the chosen codes, from the in-memory coding index, with context read from the
 * texts of only the documents that have results (texts are loaded once and kept).
 */
export function useRetrieval(query: RetrievalQuery): {
  readonly rows: readonly RetrievalRow[];
  readonly loadingTexts: boolean;
} {
  const state = useProjectState();

  const passages = useMemo(() => {
    let documentIds: ReadonlySet<DocumentId> | undefined = query.documentIds;
    const only = query.documentIds;
    const f = query.caseFilter;
    const attr = f ? state.attributes.find((a) => a.id === f.attributeId) : undefined;
    if (f && attr && f.value.trim()) {
      const passing = new Set(
        state.cases.filter((c) => casePasses(c, attr, f.value)).map((c) => c.id),
      );
      documentIds = new Set(
        state.documents
          .filter((d) => d.caseId && passing.has(d.caseId) && (!only || only.has(d.id)))
          .map((d) => d.id),
      );
    }
    return retrievePassages(
      {
        codes: state.codes,
        codings: only
          ? [...only].flatMap((id) => state.codings.byDocument(id))
          : state.codings.values(),
        codeIds: query.codeIds,
        mode: query.mode,
        includeSubcodes: query.includeSubcodes,
        documentIds,
        coderIds: coderIdsOf(query.coder ?? ''),
        pageStarts: documentPageStarts(state.memos),
      },
      state.documents.map((d) => d.id),
    );
  }, [state, query]);

  const wanted = useMemo(() => passages.map((p) => p.documentId), [passages]);
  const { texts, loading } = useLoadedTexts(wanted, asIs);

  const rows = useMemo(() => {
    const docs = new Map(state.documents.map((d) => [d.id, d]));
    const cases = new Map(state.cases.map((c) => [c.id, c.name]));
    const codes = new Map(state.codes.map((c) => [c.id, c.name]));
    const out: RetrievalRow[] = [];
    for (const p of passages) {
      const document = docs.get(p.documentId);
      if (!document) continue;
      const text = texts.get(p.documentId);
      const codeIds = new Set(
        p.codingIds.flatMap((id) => {
          const c = state.codings.get(id);
          return c ? [c.codeId] : [];
        }),
      );
      out.push({
        key: `${p.documentId}:${p.start}:${p.end}`,
        passage: p,
        document,
        caseName: document.caseId ? (cases.get(document.caseId) ?? null) : null,
        codeNames: [...codeIds].map((id) => codes.get(id) ?? ''),
        context: text === undefined ? null : passageContext(text, p.start, p.end, CONTEXT_CHARS),
      });
    }
    return out;
  }, [passages, texts, state]);

  return { rows, loadingTexts: loading };
}
