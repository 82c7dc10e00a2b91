// The document browser's filter: a document is kept when every word of the query is in its title
// or its source label, with the search's Persian-aware normalization (ي/ی, ك/ک, half-spaces,
// digits), the same matching as the code system's filter.
import type { DocumentMeta } from '../../../shared/model';
import { compileQuery, matchTerm } from '../../../shared/search/match';
import { indexTextWhole } from '../../../shared/search/indexed-text';

/** The documents matching `query`, in their order; all of them for an empty query. */
export function filterDocuments<D extends Pick<DocumentMeta, 'id' | 'title' | 'label'>>(
  documents: readonly D[],
  query: string,
): readonly D[] {
  const terms = compileQuery(query, 'all-words');
  if (terms.length === 0) return documents;
  return documents.filter((d) => {
    // Title and label as one text: a word may be found in either.
    const doc = indexTextWhole(d.id, d.label ? `${d.title}\n${d.label}` : d.title);
    return terms.every((term) => !matchTerm(doc, term, false).next().done);
  });
}
