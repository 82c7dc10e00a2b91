import { useMemo } from 'react';
import { passageContext, type PassageContext } from '../../shared/analysis/retrieval';
import type { CaseId, CodingId, DocumentId, DocumentMeta } from '../../shared/model';
import { useLoadedTexts } from './use-loaded-texts';
import { useProjectState } from './use-project-store';

const asIs = (text: string): string => text;

/** What a clicked cell retrieves: stretches of documents, whole documents, or cases. */
export interface CellTarget {
  /** Passages: codings (crosstab) or co-occurrence hits; start = end = 0 is a whole document. */
  readonly spans: readonly {
    readonly documentId: DocumentId;
    readonly start: number;
    readonly end: number;
  }[];
  readonly codingIds?: readonly CodingId[];
  readonly documentIds?: readonly DocumentId[];
  readonly caseIds?: readonly CaseId[];
}

export interface RetrievedItem {
  readonly key: string;
  readonly document: DocumentMeta;
  readonly start: number;
  readonly end: number;
  /** Null for a whole document, or until its text has loaded. */
  readonly context: PassageContext | null;
}

/** At most this many passages are listed (and their texts read) for one cell. */
export const MAX_ITEMS = 300;

/**
 * The passages or documents behind a cell, in document order then by position, with context
 * read from the texts of only those documents; and the names of cases that have no document.
 */
export function useCellItems(target: CellTarget | null): {
  readonly items: readonly RetrievedItem[];
  readonly total: number;
  readonly caseNames: readonly string[];
  readonly loading: boolean;
} {
  const state = useProjectState();

  const { spans, caseNames } = useMemo(() => {
    if (!target) return { spans: [], caseNames: [] };
    const fromCodings = (target.codingIds ?? []).flatMap((id) => {
      const c = state.codings.get(id);
      return c ? [{ documentId: c.documentId, start: c.start, end: c.end }] : [];
    });
    const fromDocs = fromCodings.length
      ? []
      : (target.documentIds ?? []).map((documentId) => ({ documentId, start: 0, end: 0 }));
    const order = new Map(state.documents.map((d, i) => [d.id, i]));
    const seen = new Set<string>();
    const all = [...target.spans, ...fromCodings, ...fromDocs]
      .filter((s) => {
        const k = `${s.documentId}:${s.start}:${s.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return order.has(s.documentId);
      })
      .sort(
        (a, b) =>
          (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || a.start - b.start,
      );
    const withDocs = new Set(state.documents.flatMap((d) => (d.caseId ? [d.caseId] : [])));
    const names = (target.caseIds ?? []).flatMap((id) => {
      if (withDocs.has(id)) return [];
      const c = state.cases.find((x) => x.id === id);
      return c ? [c.name] : [];
    });
    return { spans: all, caseNames: names };
  }, [target, state]);

  const shown = useMemo(() => spans.slice(0, MAX_ITEMS), [spans]);
  const wanted = useMemo(
    () => shown.filter((s) => s.end > s.start).map((s) => s.documentId),
    [shown],
  );
  const { texts, loading } = useLoadedTexts(wanted, asIs);

  const items = useMemo(() => {
    const docs = new Map(state.documents.map((d) => [d.id, d]));
    return shown.flatMap((s): RetrievedItem[] => {
      const document = docs.get(s.documentId);
      if (!document) return [];
      const text = texts.get(s.documentId);
      return [
        {
          key: `${s.documentId}:${s.start}:${s.end}`,
          document,
          start: s.start,
          end: s.end,
          context:
            s.end > s.start && text !== undefined
              ? passageContext(text, s.start, s.end, 160)
              : null,
        },
      ];
    });
  }, [shown, texts, state.documents]);

  return { items, total: spans.length, caseNames, loading };
}
