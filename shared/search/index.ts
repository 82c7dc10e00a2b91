export { hitContext, type HitContext } from './context';
export {
  indexText,
  originalCharCode,
  originalSlice,
  originalText,
  type IndexedText,
} from './indexed-text';
export { documentTextLoader } from './load-texts';
export { compileQuery, matchTerm, type SearchMode, type Term } from './match';
export {
  SearchIndex,
  type IndexProgress,
  type LoadedText,
  type LoadTexts,
  type PartialSearch,
  type SearchHit,
  type SearchIndexOptions,
  type SearchOptions,
  type SearchResult,
} from './search-index';
export { planAutoCoding, type AutoCodingPlan, type HitRange } from './auto-code';
export { hitsTable, type HitColumns } from './hits-table';
