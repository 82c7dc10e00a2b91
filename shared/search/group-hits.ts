// The hits of a search grouped by document for the KWIC list, in project order or by count.
import type { DocumentId, DocumentMeta } from '../model';
import type { SearchHit, SearchResult } from './search-index';

export type HitOrder = 'document' | 'hits';

export interface HitGroup {
  readonly document: DocumentMeta;
  /** Every hit of the document, including those not shown. */
  readonly count: number;
  /** The hits shown (the result holds at most its cap). */
  readonly hits: readonly SearchHit[];
}

export function groupHits(
  result: SearchResult,
  documents: readonly DocumentMeta[],
  order: HitOrder,
): HitGroup[] {
  const shown = new Map<DocumentId, SearchHit[]>();
  for (const h of result.hits) {
    const list = shown.get(h.documentId);
    if (list) list.push(h);
    else shown.set(h.documentId, [h]);
  }
  const groups: HitGroup[] = [];
  for (const document of documents) {
    const count = result.perDocument.get(document.id);
    if (count) groups.push({ document, count, hits: shown.get(document.id) ?? [] });
  }
  // A stable sort keeps project order among documents with as many hits.
  if (order === 'hits') groups.sort((a, b) => b.count - a.count);
  return groups;
}
