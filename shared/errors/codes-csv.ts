// The CSV reader (shared/analysis/csv.ts). Persian in renderer/i18n/errors-fa/csv.ts.

export const CSV_ERRORS = {
  'csv.quoteInCell': 'CSV line {line}: a quote inside an unquoted cell ("{cell}")',
  'csv.textAfterQuote': 'CSV line {line}: text after a closing quote',
  'csv.unclosedQuote': 'CSV: a quoted cell is not closed (opened before line {line})',
  'csv.empty': 'CSV is empty: no header row',
  'csv.missingColumn': 'CSV has no "{column}" column (columns: {columns})',
} as const;
