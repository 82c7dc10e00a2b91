// The two stop-list packages ship no types: only the lists read by shared/analysis/stop-words.ts.
declare module 'stopword' {
  export const eng: readonly string[];
}

declare module 'stopwords-iso' {
  export const fa: readonly string[];
}
