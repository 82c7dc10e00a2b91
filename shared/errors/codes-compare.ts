// Reading a published table to compare (shared/analysis/compare-published.ts).

export const COMPARE_ERRORS = {
  'compare.emptyThemeName': 'row {row}: a theme name is empty',
} as const;
